# __exit__ receives the traceback object of the exception leaving the block.
import sys
class CM(object):
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print t.__name__ if t else None, v, type(tb).__name__
        if tb is not None:
            print tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno
        return self.swallow
def f():
    with CM(False):
        1/0
try:
    f()
except ZeroDivisionError as e:
    print "caught", e
    print sys.exc_info()[2].tb_next.tb_frame.f_code.co_name
def g():
    with CM(True):
        raise ValueError("gone")
    return "swallowed"
print g()
with CM(False):
    pass
