# The iterator types of dicts, sets and xrange have CPython's names.
d = {'a': 1}
for it in [iter(d), d.iterkeys(), d.itervalues(), d.iteritems(), iter(set([1])), iter(frozenset([2])), iter(xrange(3)), iter([]), iter(()), iter(''), reversed([]), enumerate([])]:
    print type(it).__name__, it.next() if type(it).__name__ not in ('listiterator', 'tupleiterator', 'iterator', 'listreverseiterator', 'enumerate') else '', iter(it) is it
print [type(x).__name__ for x in (iter(xrange(0)), iter(range(2)))]
print list(d.iteritems()), list(iter(set([3]))), sum(iter(xrange(4)))
