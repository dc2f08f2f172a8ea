# Tuple packing and unpacking.
a, b = 1, 2
print a, b
a, b = b, a
print a, b
(c, d), e = (3, 4), 5
print c, d, e
[f, g] = 'xy'
print f, g
h, (i, (j, k)) = 1, (2, (3, 4))
print h, i, j, k
for x, y in [(1, 'a'), (2, 'b')]:
    print x, y
for n, (p, q) in enumerate([(1, 2), (3, 4)]):
    print n, p, q
def pair():
    return 'first', 'second'
u, v = pair()
print u, v
t = pair()
print t, type(t).__name__
m, n = [10, 20]
o, = [30]
print m, n, o
try:
    a, b = 1, 2, 3
except ValueError as e:
    print 'ValueError:', e
try:
    a, b, c = 1, 2
except ValueError as e:
    print 'ValueError:', e
try:
    a, b = 5
except TypeError as e:
    print 'TypeError:', e
s1, s2, s3 = 'abc'
print s1, s2, s3
k1, k2 = {'only': 1, 'other': 2}
print sorted([k1, k2])
g1, g2 = (x * x for x in range(2))
print g1, g2
l = [0, 0]
l[0], l[1] = 'L0', 'L1'
print l
class O(object): pass
o = O()
o.a, o.b = 1, 2
print o.a, o.b
