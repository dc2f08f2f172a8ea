import inspect, sys, types

# a comment about f
# second line
def f(a, b=2, *args, **kw):
    """Docstring of f.

        indented more
    back
    """
    x = (1,
  2)
    return x

def g(x): return x + 1

h = lambda y: y * 2

@staticmethod
def deco(z):
    pass

class Base(object):
    """Base class."""
    attr = 1
    def meth(self, q, r=None):
        "a method"
        return q
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1

class Derived(Base):
    def meth(self, q, r=None):
        s = """multi
line
string"""
        return s

def gen():
    yield 1

for obj in [f, g, h, Base, Base.meth, Base().meth, gen, gen(), len, sys, 1, "s", Base.__dict__['cm'], f.func_code]:
    print [n for n in ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
                        'isgenerator', 'iscode', 'isbuiltin', 'isroutine'] if getattr(inspect, n)(obj)]
print inspect.getargspec(f)
print inspect.getargspec(g)
print inspect.getargspec(Base.meth)
print inspect.getargspec(Base().meth)
print inspect.getargspec(h)
print inspect.formatargspec(*inspect.getargspec(f))
print inspect.formatargspec(*inspect.getargspec(Base.meth))
print inspect.formatargspec(['a', 'b'], None, None, (1,), formatvalue=lambda v: '=<%s>' % v)
try:
    inspect.getargspec(len)
except TypeError as e:
    print "TypeError:", e
print sorted(inspect.getcallargs(f, 1).items())
print sorted(inspect.getcallargs(f, 1, 2, 3, 4, k=5).items())
print sorted(inspect.getcallargs(Base().meth, 7).items())[:2]
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'x': 1, 'y': 2}), ((), {'q': 1})]:
    try:
        inspect.getcallargs(g, *args, **kw)
    except TypeError as e:
        print "TypeError:", e
def noargs(): pass
def kwonly(**kw): pass
def two(a, b=1): pass
for fn, args, kw in [(noargs, (1,), {}), (noargs, (), {'a': 1}), (kwonly, (1,), {}), (two, (), {}), (two, (1, 2, 3), {}), (two, (1,), {'a': 2}), (two, (), {'b': 1})]:
    try:
        print sorted(inspect.getcallargs(fn, *args, **kw).items())
    except TypeError as e:
        print "TypeError:", e
print inspect.getdoc(f)
print repr(inspect.getdoc(Base.meth))
print inspect.getdoc(1) == inspect.getdoc(int)
print repr(inspect.cleandoc("  first\n    a\n      b\n\n"))
print repr(inspect.cleandoc("\n\n   x\n   y\n"))
print inspect.getmro(Derived)
print [m[0] for m in inspect.getmembers(Base, inspect.ismethod)]
print [m[0] for m in inspect.getmembers(Derived) if not m[0].startswith('__')]
print [(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Derived) if not a.name.startswith('__')]
print inspect.getsource(f)
print inspect.getsource(g),
print inspect.getsource(h),
print inspect.getsource(Base)
print inspect.getsource(Derived.meth)
lines, start = inspect.getsourcelines(Base.cm)
print start, lines
print inspect.getsourcelines(gen)
print inspect.getcomments(f)
print inspect.getmodule(f) is sys.modules[__name__], inspect.getmodule(Base).__name__
print inspect.getfile(f), inspect.getsourcefile(Derived), inspect.getfile(f.func_code)
for bad in [len, 1]:
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print "TypeError:", e
try:
    inspect.getfile(sys)
except TypeError as e:
    print "TypeError:", e
print inspect.getmodulename("/a/b/foo.py"), inspect.getmodulename("foo.txt")
print inspect.indentsize("  \tx")
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    info = inspect.getframeinfo(tb)
    print info.lineno, info.function, info.code_context, info.index
    print [r[1:] for r in inspect.trace()]
print inspect.ArgSpec._fields
print inspect.isabstract(Base), inspect.isdatadescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(Base.__dict__['cm'])
