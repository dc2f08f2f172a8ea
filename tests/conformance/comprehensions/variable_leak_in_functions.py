# List comprehension variables leak into the enclosing function scope; generator expression variables do not.
def f():
    x = 'before'
    [x for x in range(3)]
    return x
print f()
def g():
    y = 'before'
    list(y for y in range(3))
    return y
print g()
def h():
    res = [i * j for i in range(3) for j in range(2)]
    return res, i, j
print h()
def k():
    return [n for n in range(3) if n], n
print k()
class C(object):
    z = [w for w in range(2)]
print C.w, C.z
def nested():
    out = [[a for a in range(b)] for b in range(3)]
    return out, a, b
print nested()
def shadow_arg(v):
    r = [v for v in 'xy']
    return v, r
print shadow_arg('orig')
def closure_leak():
    fs = [lambda: q for q in range(3)]
    q = 100
    return [fn() for fn in fs]
print closure_leak()
t = [m for m in []]
try:
    print m
except NameError as e:
    print 'NameError', e
