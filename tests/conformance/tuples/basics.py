# Tuple construction, indexing, slicing, immutability and methods.
t = (1, 2, 3)
print t, (), (1,), tuple(), tuple([4, 5]), tuple('ab'), tuple(t) == t
x = 1,
y = 1, 2
print x, y, type(x).__name__, len(()), (1) == 1, (1,) == 1
print t[0], t[-1], t[1:], t[::-1], t[5:], t + (4,), t * 2, (0,) * 0
print 2 in t, 5 not in t, t.count(2), t.index(3), (1, 1, 1).count(1)
try:
    t[0] = 5
except TypeError as e:
    print 'TypeError:', e
try:
    t[3]
except IndexError as e:
    print 'IndexError:', e
try:
    t.index(9)
except ValueError as e:
    print 'ValueError:', e
try:
    t + [4]
except TypeError as e:
    print 'TypeError:', e
m = ([1], [2])
m[0].append(10)
print m
print (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), cmp((1,), (0,))
print hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1, 2L))
d = {(1, 2): 'pair', (): 'empty'}
print d[(1, 2)], d[()], d[1, 2]
try:
    hash(([],))
except TypeError as e:
    print 'TypeError:', e
print max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)), len((1, (2, 3)))
print tuple(x * 2 for x in range(3)), tuple(xrange(3))
