import sys
print sys.exc_type
try:
    1 / 0
except ZeroDivisionError:
    print sys.exc_type.__name__, sys.exc_value, sys.exc_traceback.tb_lineno
    print sys.exc_info()[1] is sys.exc_value
def f():
    try:
        raise KeyError('k')
    except KeyError:
        return sys.exc_type.__name__, repr(sys.exc_value)
print f()
