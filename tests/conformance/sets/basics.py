# Set construction and methods.
s = set([3, 1, 2, 3, 1])
print sorted(s), len(s), 2 in s, 5 in s, 5 not in s
print sorted(set('hello')), set(), sorted(set((1, 2))), sorted({4, 5, 4})
s.add(10); s.add(1)
print sorted(s)
s.discard(10); s.discard(99)
print sorted(s)
s.remove(3)
print sorted(s)
try:
    s.remove(99)
except KeyError as e:
    print 'KeyError:', e
p = s.pop()
print p in (1, 2), len(s)
s.clear()
print s, len(s)
t = set([1, 2])
t.update([3, 4], (5,))
print sorted(t)
u = t.copy()
u.add(100)
print len(t), len(u), u is t
try:
    set().pop()
except KeyError as e:
    print 'KeyError:', e
try:
    set([[1]])
except TypeError as e:
    print 'TypeError:', e
print set([1]) == set([1]), set([1]) == frozenset([1]), set() == set([]), {1, 2} != {2, 1}
print repr(set()), repr(set([1])), repr(frozenset()), repr(frozenset([5]))
print sorted(x % 3 for x in set(range(10)))
