# The special attributes of functions and methods: which are writable,
# which are read-only, what deleting them does, and dir() of both.
import types

def tryit(label, f):
    try:
        r = f()
        print label, 'ok', r
    except Exception as e:
        print label, type(e).__name__, e

class F:
    def a(self):
        pass
fi = F()

def b():
    return 3

for obj, oname in [(F.a, 'unbound'), (fi.a, 'bound')]:
    for n in ['im_class', 'im_func', 'im_self', '__func__', '__self__']:
        tryit('set %s.%s' % (oname, n), lambda: setattr(obj, n, 1))
        tryit('del %s.%s' % (oname, n), lambda: delattr(obj, n))
    tryit('set %s.__name__' % oname, lambda: setattr(obj, '__name__', 'x'))

for n in ['func_closure', '__closure__', 'func_globals', '__globals__']:
    tryit('set ' + n, lambda: setattr(b, n, None))
    tryit('del ' + n, lambda: delattr(b, n))

tryit('dict to None', lambda: setattr(b, '__dict__', None))
tryit('del __dict__', lambda: delattr(b, '__dict__'))
tryit('del func_dict', lambda: delattr(b, 'func_dict'))
b.__dict__ = {'x': 1}
print 'dict replaced', b.x, sorted(b.__dict__.items())
b.func_dict = {'y': 2}
print 'func_dict replaced', sorted(b.__dict__.items()), hasattr(b, 'x')
tryit('del __name__', lambda: delattr(b, '__name__'))
b.__doc__ = 'doc'
del b.__doc__
print 'doc after del', repr(b.__doc__), repr(b.func_doc)
print 'no defaults', b.func_defaults
del b.func_defaults
print 'still none', b.func_defaults
tryit('defaults to int', lambda: setattr(b, 'func_defaults', 3))
tryit('code to int', lambda: setattr(b, 'func_code', 3))
tryit('del func_code', lambda: delattr(b, 'func_code'))
tryit('del missing', lambda: delattr(b, 'nope'))

def outer():
    def inner():
        return later
    try:
        inner.func_closure[0].cell_contents
    except ValueError as e:
        print 'empty cell:', e
    later = 5
    print 'full cell:', inner.func_closure[0].cell_contents
outer()

b.known = 7
F.a.im_func.known2 = 8
print 'known' in dir(b), 'known2' in dir(F.a), 'known2' in dir(fi.a)
print types.CodeType is type(b.func_code), types.StringTypes
print types.FrameType.__name__, types.TracebackType.__name__
