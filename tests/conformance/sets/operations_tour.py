# Set algebra, methods, frozenset hashing, in-place operators, errors.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)
print sorted(a.union(b, [9])), sorted(a.intersection([1, 2], (2,))), sorted(a.difference(b)), sorted(a.symmetric_difference(b))
print a.issubset(range(10)), a <= a, a < a, set([1]) < a, a.issuperset([1, 2]), a.isdisjoint([7])
c = set()
c.add(1); c.add(1); c.update([2, 3], 'ab'); c.discard(99); c.remove(1)
print sorted(c), len(c)
try:
    c.remove(42)
except KeyError as e:
    print 'KeyError', e
p = c.pop()
print len(c), p in c
print set(), set('hello') == set('ohel'), frozenset([1, 2]) == set([2, 1]), {1, 2} == {2, 1}
fs = frozenset([3, 1])
print sorted(fs), hash(fs) == hash(frozenset([1, 3])), {fs: 1}[frozenset([1, 3])]
try:
    {set([1]): 1}
except TypeError as e:
    print 'TypeError', e
s = set([1, 2, 3])
s -= set([1]); s |= set([10]); s &= set([2, 10, 11]); s ^= set([2, 5])
print sorted(s)
print type(a | frozenset()), type(frozenset() | a), repr(set([1])), repr(frozenset([1])), repr(set()), repr(frozenset())
print set([1, 2]) == frozenset([1, 2]), sorted(x * x for x in {1, 2, 3}), {x % 3 for x in range(10)}
words = "the cat and the hat and the bat".split()
print sorted(set(words)), len(set(words))
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print uniq
print set([1, 2]).copy(), set([3]).__len__()
s = set([1, 2, 3]); s.clear(); print s
try:
    set().pop()
except KeyError as e:
    print 'KeyError', repr(e)
print set([1,2]) < set([1,2,3]), set([4]) > set(), cmp(1, 2)
s = {1, 2}; s.difference_update([1]); s.intersection_update([2, 3]); s.symmetric_difference_update([5]); print sorted(s)
