# More set methods: several arguments, in-place updates, subclasses, set keys.
a = set([1, 2, 3])
print sorted(a.union()), sorted(a.union([4], set([5]), (6,), 'x'))
print sorted(a.intersection()), sorted(a.intersection([1, 2, 9], set([2, 1]))), sorted(a.difference([1], [2]))
print sorted(a.symmetric_difference([3, 4])), a.issubset(range(5)), a.issuperset((1, 2)), a.isdisjoint('abc')
b = set(a)
b.update([10], [11, 12]); print sorted(b)
b.intersection_update(range(11), [1, 10, 2]); print sorted(b)
b.difference_update([1], (2,)); print sorted(b)
b.symmetric_difference_update(set([10, 20])); print sorted(b)
b.difference_update(b); print b
c = set([1, 2])
c.symmetric_difference_update(c); print c
s = set([frozenset([1, 2]), 3])
print s.__contains__(set([1, 2])), s.__contains__(set([9]))
s.remove(set([1, 2])); print s
s.discard(set([5])); print s
try:
    s.remove(set([7]))
except KeyError as e:
    print 'KeyError:', e
class S(set):
    pass
x = S([1, 2])
y = frozenset([2, 3])
for r in (x | y, x & y, x - y, x ^ y, y | x, x.union([5]), x.copy(), y.copy(), x.intersection([1])):
    print type(r).__name__, sorted(r)
print y.copy() is y, x.copy() is x, frozenset(y) is y
x.add(9); x |= set([10]); print sorted(x), type(x).__name__
x -= set([1]); x &= set([2, 9, 10, 11]); x ^= set([2]); print sorted(x)
print S([1]) == set([1]), set([1]) == S([1]), S([1]) < set([1, 2]), len(S('aab'))
class F(frozenset):
    pass
f = F([1, 2])
print type(f).__name__, sorted(f), hash(f) == hash(frozenset([1, 2])), f == frozenset([2, 1])
print {f: 1}[frozenset([1, 2])], type(f | set([3])).__name__
p = set([1, 2, 3])
got = []
while p:
    got.append(p.pop())
print sorted(got), p
for t, fn in [
        ('set().pop()', lambda: set().pop()),
        ('set([1]).pop(1)', lambda: set([1]).pop(1)),
        ('set([1]).add()', lambda: set([1]).add()),
        ('set([1]).add([])', lambda: set([1]).add([])),
        ('set([1]).remove(5)', lambda: set([1]).remove(5)),
        ('set([1]).union(5)', lambda: set([1]).union(5)),
        ('set([1]).issubset()', lambda: set([1]).issubset()),
        ('set.add(frozenset(), 1)', lambda: set.add(frozenset(), 1)),
        ('set(1, 2)', lambda: set(1, 2)),
        ('frozenset([1]).add(1)', lambda: frozenset([1]).add(1)),
        ('set([1]) | [1]', lambda: set([1]) | [1]),
        ('set([1]).__or__([1])', lambda: set([1]).__or__([1])),
        ('set([1]) < 5', lambda: set([1]) < 5),
        ('set([1]).__eq__(5)', lambda: set([1]).__eq__(5)),
        ('set([1]).symmetric_difference()', lambda: set([1]).symmetric_difference()),
        ('[] in set()', lambda: [] in set()),
        ]:
    try:
        print t, '->', repr(fn())
    except Exception as ex:
        print type(ex).__name__, ex
print set([1]) & set([1.0, 2]), set([1.0, 2]) & set([1]), set([1]) | set([1.0]), set([1.0]).intersection([1])
s = set([frozenset([1, 2])])
print set([1, 2]) in s, set([9]) in s, set([2, 1]) not in s
