# type()/type.__new__ arguments, __base__, __doc__ of new-style classes,
# __import__ keywords, compile flags, coerce through __coerce__, callable().
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
class A(object): pass
def f(): A.__doc__ = 'x'
t(f)
class Cl: pass
def f(): Cl.__doc__ = 'x'; return Cl.__doc__
t(f)
t(lambda: type())
t(lambda: type('A', ()))
t(lambda: type('A', (), {}, ()))
t(lambda: type('A', (), dict={}))
t(lambda: type('A', [], {}))
t(lambda: type('A', (), []))
try: type('A', (None,), {})
except TypeError: print 'TypeError (bad base)'
t(lambda: type(name='A', bases=(), dict={}).__name__)
t(lambda: type.__new__(type, name='A', bases=(int,), dict={}).__base__)
t(lambda: type('C', (Cl, int), {}).__base__)
t(lambda: type('C', (Cl, A), {}).__base__)
t(lambda: __import__(name='sys').__name__)
t(lambda: __import__(name='os.path', fromlist=['x']).__name__)
t(lambda: compile('print 42\n', '<string>', 'single', 0xff))
t(lambda: type(compile("print 42\n", "<string>", "single", 0x2000|0x200|0x10)).__name__)
class BadNumber:
    def __coerce__(self, other):
        raise ValueError
t(lambda: coerce(42, BadNumber()))
t(lambda: coerce(0.5, int("12345" * 1000)))
class Good:
    def __coerce__(self, other): return (1, 2)
t(lambda: coerce(42, Good()))
class N(object):
    def __coerce__(self, other): return NotImplemented
t(lambda: coerce(42, N()))
c = Cl(); c.__call__ = None
t(lambda: callable(c))
n = A(); n.__call__ = None
t(lambda: callable(n))
