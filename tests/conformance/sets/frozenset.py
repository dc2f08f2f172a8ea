# frozenset: immutable and hashable.
f = frozenset([1, 2, 3])
print sorted(f), len(f), 2 in f, type(f).__name__
print sorted(f | set([4])), type(f | set([4])).__name__, type(set([4]) | f).__name__
print sorted(f & frozenset([2, 9])), type(f - set([1])).__name__
try:
    f.add(4)
except AttributeError as e:
    print 'AttributeError:', e
d = {f: 'frozen'}
print d[frozenset([3, 2, 1])]
s = set([frozenset([1]), frozenset([1]), frozenset([2])])
print len(s)
print frozenset() == frozenset([]), frozenset([1, 2]) == set([2, 1])
print hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
try:
    hash(set([1]))
except TypeError as e:
    print 'TypeError:', e
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print sorted(sorted(x) for x in nested)
print sorted(f.union([7])), f.issubset([1, 2, 3, 4]), sorted(f.copy())
