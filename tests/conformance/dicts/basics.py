# Dict construction, access, membership, len, deletion.
d = {'a': 1, 'b': 2}
print sorted(d.items()), len(d), d['a']
print sorted(dict(x=1, y=2).items()), sorted(dict([('p', 1), ('q', 2)]).items())
print sorted(dict({'m': 1}, n=2).items()), dict(), {}
print sorted(dict(zip('abc', range(3))).items())
d['c'] = 3
d['a'] = 'replaced'
print sorted(d.items())
del d['b']
print sorted(d.items()), 'b' in d, 'a' in d, 'a' not in d
try:
    d['zzz']
except KeyError as e:
    print 'KeyError:', e, repr(e), e.args
try:
    del d['zzz']
except KeyError as e:
    print 'KeyError:', e
try:
    {}[(1, 2)]
except KeyError as e:
    print 'KeyError:', e, e.args
try:
    {}[[1]]
except TypeError as e:
    print 'TypeError:', e
n = {1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?', 'k': 'str'}
print n[1], n[1.0], n[1.5], n[(1, 2)], n[None], n['k'], len(n)
print {1: 'a', 1.0: 'b', 1L: 'c'}
e = {}
e[2 ** 70] = 'big'
print e[2 ** 70], e.get(2 ** 70)
print {'x': [1, 2]}, {'nested': {'inner': ()}}
print {} == {}, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2}, {1: 2} == {1.0: 2}
