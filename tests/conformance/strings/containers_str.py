# str() and repr() of nested containers.
data = [1, 'two', 3.0, None, True, [4, [5, 'six']], (7,), (), {'k': 'v'}]
print data
print str(data) == repr(data)
print repr((1, 'a', [2.5, 'b'])), str((1,)), str(())
print [[]], [[[]]], [()], ([],), [{}]
print {'a': [1, 2], 'b': (3,)}['a'], {1: {2: {3: 'deep'}}}
print ['it\'s', "q\"uote", 'tab\t']
print [1L, 2 ** 70, -3L], (0.1, 1e20, -0.0)
print str([None, False]), repr(['x'])
print [set([1]), frozenset([2])]
print sorted({'b': [1], 'a': (2,)}.items())
l = [1, 2]
l.append(l)
print l
d = {}
d['self'] = d
print d
t = ([],)
t[0].append(t)
print t
print [xrange(3)]
