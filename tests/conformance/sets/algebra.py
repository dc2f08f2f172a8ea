# Set algebra: methods and operators.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print sorted(a | b), sorted(a.union(b)), sorted(a.union([9], (8,)))
print sorted(a & b), sorted(a.intersection(b)), sorted(a.intersection([1, 3], [3]))
print sorted(a - b), sorted(a.difference(b)), sorted(b - a)
print sorted(a ^ b), sorted(a.symmetric_difference(b))
print set([1, 2]) <= a, set([1, 2]) < a, a < a, a <= a, a >= set([1]), a > a
print set([1, 2]).issubset(a), a.issuperset([1, 5]), a.isdisjoint([7, 8]), a.isdisjoint(b)
c = set(a)
c |= set([10]); print sorted(c)
c &= set([1, 2, 10, 11]); print sorted(c)
c -= set([1]); print sorted(c)
c ^= set([2, 3]); print sorted(c)
d = set([1, 2, 3])
d.intersection_update([2, 3, 4]); print sorted(d)
d.difference_update([3]); print sorted(d)
d.symmetric_difference_update([2, 7]); print sorted(d)
try:
    a | [1]
except TypeError as e:
    print 'TypeError:', e
print sorted(set('abc') - set('b')), sorted(set('ab') | set('bc'))
