# Tuple operations, nested unpacking, unpacking errors, namedtuple basics.
t = (1, 2, 3)
print t, t[0], t[-1], t[1:], t + (4,), t * 2, len(t), 2 in t, t.index(3), t.count(1)
print (), (1,), tuple('ab'), tuple([1, [2]]), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), max((1, 'a'), (1, 'b'))
try:
    t[0] = 5
except TypeError as e:
    print 'TypeError', e
try:
    t.index(9)
except ValueError as e:
    print 'ValueError', e
a, b, c = t
print a, b, c
(a, b), c = (1, 2), 3
print a, b, c
a, (b, (c, d)) = 1, [2, (3, 4)]
print a, b, c, d
try:
    x, y = t
except ValueError as e:
    print 'ValueError', e
try:
    x, y, z, w = t
except ValueError as e:
    print 'ValueError', e
try:
    x, y = 5
except TypeError as e:
    print 'TypeError', e
point = (3, 4)
print "x=%d y=%d" % point
nested = ((1, 2), (3, 4))
for i, (p, q) in enumerate(nested):
    print i, p, q
t2 = ([1], 2)
t2[0].append(5)
print t2, hash((1, 2)) == hash((1, 2))
try:
    hash(([1], 2))
except TypeError as e:
    print 'TypeError', e
try:
    t2[0] += [6]
except TypeError as e:
    print 'TypeError', e
print t2
print sorted([(2, 'b'), (1, 'z'), (2, 'a')]), zip(*[(1, 'a'), (2, 'b')])
print tuple(x for x in range(3)), (1, 2) == [1, 2], (1,) * 0, t[::-1], t[5:]
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, y=2)
print p, p.x, p[1], p._replace(x=5), p._asdict() if False else '', P._fields, tuple(p), p == (1, 2)
x, y = p
print x + y, isinstance(p, tuple)
