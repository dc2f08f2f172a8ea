# Which keys are equal: numeric equivalence, tuples, frozensets; unhashables.
d = {}
d[1] = 'one'
d[1.0] = 'one-float'
d[True] = 'true'
print len(d), d[1], sorted(d.keys())
d[0] = 'zero'
d[False] = 'false'
print len(d), d[0]
d[(1, 2)] = 't'
d[(1.0, 2.0)] = 't-float'
print d[(1, 2)]
d[frozenset([1, 2])] = 'fs'
print d[frozenset([2, 1])]
print hash(1) == hash(1.0) == hash(1L) == hash(True)
print hash(0), hash(-5), hash(2 ** 64) == hash(2 ** 64), hash(7)
for bad in [[], {}, set()]:
    try:
        d[bad] = 1
    except TypeError as e:
        print 'TypeError:', e
print 'x' in {'x': 0}, [] in {} if False else 'skip'
try:
    print [] in {}
except TypeError as e:
    print 'TypeError:', e
