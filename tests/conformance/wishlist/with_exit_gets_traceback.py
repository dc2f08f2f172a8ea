# __exit__ receives the traceback object of the exception.
class Ctx(object):
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print 'exit:', kind.__name__ if kind else None, value, type(tb).__name__, tb.tb_lineno if tb else None
        return True
with Ctx():
    raise ValueError('inside')
with Ctx():
    pass
