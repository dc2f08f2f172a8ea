# Exceptions inside with blocks; suppression by returning True.
class Suppress(object):
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print 'exit: no exception'
            return False
        print 'exit saw', exc_type.__name__, exc
        return issubclass(exc_type, self.types)
with Suppress(ValueError):
    raise ValueError('suppressed')
print 'after suppressed block'
try:
    with Suppress(ValueError):
        raise KeyError('not suppressed')
except KeyError as e:
    print 'propagated', repr(e)
with Suppress(Exception):
    print 'no exception here'
class Truthy(object):
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1
with Truthy():
    1 / 0
print 'truthy return value suppresses too'
class Falsy(object):
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        [][1]
except IndexError as e:
    print 'falsy return propagates:', e
class RaisesInExit(object):
    def __enter__(self):
        pass
    def __exit__(self, *a):
        raise RuntimeError('from __exit__')
try:
    with RaisesInExit():
        raise ValueError('original')
except Exception as e:
    print type(e).__name__, e
class EnterFails(object):
    def __enter__(self):
        raise IOError('cannot enter')
    def __exit__(self, *a):
        print 'exit should not run'
try:
    with EnterFails():
        print 'body should not run'
except IOError as e:
    print 'IOError:', e
def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return 'reached after suppressed exception'
print f()
