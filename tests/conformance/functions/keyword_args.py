# Keyword arguments and argument binding.
def f(a, b, c=3, d=4):
    return 'a=%s b=%s c=%s d=%s' % (a, b, c, d)
print f(1, 2)
print f(1, 2, 5)
print f(b=1, a=2)
print f(1, d=9, b=0)
print f(*[1, 2], d=0)
print f(1, c=None, **{'b': 'B'})
def errs(call):
    try:
        call()
    except TypeError as e:
        print 'TypeError:', e
errs(lambda: f(1))
errs(lambda: f(1, 2, 3, 4, 5))
errs(lambda: f(1, 2, a=3))
errs(lambda: f(1, 2, e=5))
errs(lambda: f())
def g():
    return 'no args'
errs(lambda: g(1))
def h(x):
    return x
errs(lambda: h())
errs(lambda: h(1, 2))
errs(lambda: h(y=1))
def k(a, b=1):
    return a
errs(lambda: k())
errs(lambda: k(1, 2, 3))
def v(a, *args):
    return a
errs(lambda: v())
def kk(**kw):
    return kw
errs(lambda: kk(1))
errs(lambda: f(1, 2, **{'c': 1, 'd': 2, 'e': 3}))
