# Tuple parameters in def/lambda, call forms with *args/**kw, one-line compound statements, slicing forms.
d = {'b': 2, 'a': 3, 'c': 1}
print sorted(d.items(), key=lambda (k, v): v)
print map(lambda (a, b): a * b, [(1, 2), (3, 4)])
f = lambda (a, (b, c)), d=1: a + b + c + d
print f((1, (2, 3)))
def g(x, (y, z)=(5, 6), *rest):
    return x, y, z, rest
print g(1), g(1, (2, 3), 4, 5)
def h(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]; k = {'z': 0}
print h(0, *a), h(*a, key=1), h(0, *a, **k), h(key=1, *a), h(*a, **k)
if True: x = 1; y = 2; print x + y
for i in range(2): print i,; print '|',
print
while 1:
    break
else:
    print 'not reached'
a = [0, 0]; b = [0, 0]
a[0] = b[1] = 5
print a, b
class C(object):
    def __getitem__(self, k): return k
c = C()
print c[1:2, ::3], c[..., 1] if False else '', c[:, 1]
print [1, 2, 3][::-1][-1:], 'abc'[-1::-1], range(10)[-3::-2]
import os.path as osp
print osp.basename('/a/b.txt')
x = 5
print x if x > 3 else -x, (lambda: x)(), (lambda *a: len(a))(*range(4))
print not x is None, x is not None, not x in [5], x not in [5]
print 0 < x <= 5 != 6, x == 5 == 5.0
s = 'a' 'b' \
    'c'
print s, ('multi'
          'line')
print '%s' % (d,) == str(d)
assert isinstance(x, int), 'x should be int'
assert (x > 0)
def outer():
    def inner(a, b=x * 2):
        return a + b
    return inner(1)
print outer()
t = 1,
print t, type(t)
u = ()
print u, len(u)
print (1), (1,), ((1, 2),), [(1)]
del a[0], b[:]
print a, b
exec_ = 'not exec'
print exec_
print 1 if 0 else 2 if 0 else 3
print [i for i in range(3)] + [j * 2 for j in range(2)]
print {1: 'a', 2: 'b'}.get(3, 'default'), dict(a=1, **{'b': 2}) == {'a': 1, 'b': 2}
