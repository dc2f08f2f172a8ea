# Equality, ordering errors, hashing and truth of complex numbers.
print 1j == 1j, 1j != 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 + 0j == 1L, 1j == 1, 2 + 0j == True + 1
print (1 << 53) + 1 == complex((1 << 53) + 1), complex((1 << 53) + 1) == (1 << 53) + 1
print 1j == 'a', 1j != None, [1j] == [1j], (1, 2j) == (1, 2j), 1j in [1, 2j, 1j], 2 in [2 + 0j]
nan = complex(float('nan'), 0)
print nan == nan, nan != nan
for op in ['<', '<=', '>', '>=']:
    for other in ['2j', '1', '1.5', '1L', 'True']:
        expr = '1j %s %s' % (op, other)
        try:
            print expr, eval(expr)
        except TypeError as e:
            print expr, 'TypeError', e
print 1j < 'a', 1j > None, 'a' > 1j, [] > 1j, 1j < ()
try:
    sorted([2j, 1j])
except TypeError as e:
    print 'sorted', e
try:
    max(1j, 2j)
except TypeError as e:
    print 'max', e
print cmp(1j, 1j)
try:
    cmp(1j, 2j)
except TypeError as e:
    print 'cmp', e
print hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(-1 + 0j), hash(0j), hash(-0j)
print hash(1 + 1j), hash(-1j) == hash(complex(0, -1)), hash(3j) == hash(3j)
d = {1: 'int', 2.5: 'float'}
print d[1 + 0j], d[complex(2.5)], 1j in d
d[1j] = 'complex'
print d[complex(0, 1)], len(set([1, 1.0, 1 + 0j, 1j, 1j])), len(set([0j, -0j, 0, 0.0]))
print bool(0j), bool(1j), bool(1 + 0j), bool(complex(0, -0.0)), not 0j
if 0j:
    print 'true'
else:
    print 'false'
print 1j and 2, 0j or 3
