# Comparisons, chained comparisons, identity and membership.
print 1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 2, 1 <> 2
print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0
calls = []
def f(x):
    calls.append(x)
    return x
print f(1) < f(0) < f(5)
print calls
calls[:] = []
print f(1) < f(2) < f(3)
print calls
print 'abc' < 'abd', 'abc' < 'ab', 'B' < 'a', '' < 'a'
print [1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), (2,) > (1, 9)
print [1, 2] == [1, 2], (1, 2) == (1, 2), [1, 2] == (1, 2)
print None == None, None is None, None == 0, None is not None
a = [1]
b = a
c = [1]
print a is b, a is c, a == c, a is not c
print 1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', 'ac' in 'abc'
print 'k' in {'k': 1}, 1 in {'k': 1}, 2 in (1, 2), 2 in set([2])
print '' in 'abc', 1 in [1.0], 1.0 in [1]
print cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp('b', 'a'), cmp([1], [1])
print 1 < 2 == 2, (1 < 2) == 2
print not 1 == 2, not (1 == 2)
print 2 ** 64 > 2 ** 63, 10 > 9.5, 2 == 2.0, 2L == 2
