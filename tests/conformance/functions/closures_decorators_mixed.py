# Closures, late binding, decorators with arguments, functools.wraps/partial.
import functools
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = make_counter(); c2 = make_counter()
print c1(), c1(), c2(), c1()
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print [f(10) for f in make_adders()]
print [f(10) for f in [lambda x: x + i for i in range(3)]]
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print 'calling %s(%s)' % (func.__name__, ', '.join([repr(a) for a in args] + ['%s=%r' % kv for kv in sorted(kwargs.items())]))
        r = func(*args, **kwargs)
        print '%s returned %r' % (func.__name__, r)
        return r
    return wrapper
@trace
def add(a, b=0):
    """Adds."""
    return a + b
add(1, 2); add('x', b='y')
print add.__name__, add.__doc__
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print hi('bob')
def counted(f):
    def w(*a, **k):
        w.calls += 1
        return f(*a, **k)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
map(sq, range(5))
print sq.calls
class memo(object):
    def __init__(self, f):
        self.f = f; self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@memo
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print fact(20), fact(30), len(fact.cache)
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print outer()
p = functools.partial(int, base=2)
print p('1010'), functools.reduce(lambda a, b: a + b, [1, 2, 3], 10)
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs)
print compose(str, lambda x: x * 2, abs)(-21)
print add.__module__, sq.__name__, (lambda: 0).__name__
x = 10
def shadow():
    x = 20
    def f():
        return x
    x = 30
    return f()
print shadow()
