# Dict and set order for less common key kinds: bools, complex, the empty
# string, NaN, equal int/long/float keys (the first key object is kept),
# str/int subclasses, unicode beyond latin-1, nested tuples and frozensets.

print {True: 't', False: 'f', 2: 'two', -1: 'm1', None if False else 0.5: 'half'}
print {1j: 'a', 2 + 3j: 'b', -1j: 'c', 0j: 'd', 1.5 + 0j: 'e'}
print set([1j, 2j, 3j, 1 + 1j, -2 - 2j])
print {'': 0, ' ': 1, '  ': 2, '\x00': 3, '\t': 4, '\n': 5}
nan = float('nan')
print {nan: 1, 0: 2, 1.0: 3, float('inf'): 4, float('-inf'): 5}
print set([float('inf'), -0.0, 0.5, 1e300, -1e-300])

# Equal keys of different types: the first key object stays, the value updates.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[1L] = 'long'
d[True] = 'bool'
d[2.0] = 'x'
d[2] = 'y'
print d, [type(k).__name__ for k in d]
print set([1, 1.0, True, 2L, 2, 0, False, 0.0])
print {u'abc': 1, 'abc': 2}, {'abc': 1, u'abc': 2}

class S(str):
    pass
class I(int):
    pass
print dict.fromkeys([S('alpha'), 'beta', S('gamma'), 'delta', S('epsilon')]).keys()
print dict.fromkeys([I(5), 13, I(21), 29, I(37)]).keys()
print set([I(i * 8) for i in range(10)])

# Unicode keys.
uk = [u'\u0101', u'\u0410\u0411', u'\u4e00', u'\u4e01', u'\uac00', u'\u2603', u'\u00e9', u'e\u0301', u'\uffff', u'\u0800']
print dict.fromkeys(uk).keys() == list(dict.fromkeys(uk)), [repr(k) for k in dict.fromkeys(uk)]
print [repr(k) for k in set(uk)]
print [repr(k) for k in set(u'\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341')]

# Nested tuples and frozensets.
print dict.fromkeys([((i, j), (j, i)) for i in range(3) for j in range(3)]).keys()
print set([(i, (i, (i,))) for i in range(8)])
print set([frozenset([i, j]) for i in range(4) for j in range(4)])
print dict.fromkeys([(u'u%d' % i, 's%d' % i, i, float(i)) for i in range(8)]).keys()
print set([(-i, -i - 1) for i in range(10)])
print set([(1, 2), (2, 1), (1, 1), (2, 2), (0, 0), ()])

# Long strings and strings that differ in one character.
print dict.fromkeys(['x' * 100 + c for c in 'abcdefgh']).keys() == list(dict.fromkeys(['x' * 100 + c for c in 'abcdefgh']))
print [k[-1] for k in dict.fromkeys(['x' * 100 + c for c in 'abcdefgh'])]
print [k[:2] for k in set([c + 'y' * 50 for c in 'abcdefgh'])]
print set(['aa', 'ab', 'ba', 'bb', 'Aa', 'BB', 'aA', 'Bb'])
