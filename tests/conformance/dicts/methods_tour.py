# dict methods (get/setdefault/pop/update/fromkeys/popitem), KeyError, __missing__, mutation errors.
d = {'b': 2, 'a': 1}
d['c'] = 3
print sorted(d.keys()), sorted(d.values()), sorted(d.items())
print d.get('z'), d.get('z', 0), d.setdefault('a', 100), d.setdefault('e', 5), d['e']
print d.pop('e'), d.pop('zz', 'dflt'), 'a' in d, d.has_key('b'), len(d)
try:
    d.pop('zz')
except KeyError as e:
    print 'KeyError', e
try:
    d['missing']
except KeyError as e:
    print 'KeyError', e, repr(e)
d2 = dict(d)
d2.update({'x': 9}, y=10)
d2.update([('z', 11)])
print sorted(d2.iteritems())
print dict(zip('abc', range(3))) == {'a': 0, 'b': 1, 'c': 2}, dict.fromkeys('ab'), dict.fromkeys([1], 0)
print sorted(dict(a=1, b=2).items()), dict([(1, 2)]), dict({1: 2}, b=3) if False else 0
k, v = d.popitem()
print len(d), d.copy() == d, d.copy() is d
d.clear(); print d, bool(d), bool({0: 0})
inv = {}
for k, v in {'one': 1, 'uno': 1, 'two': 2}.items():
    inv.setdefault(v, []).append(k)
print sorted((k, sorted(v)) for k, v in inv.items())
print {1: 'a', 1.0: 'b', True: 'c'}
print {(1, 2): 'tuple key'}[1, 2]
try:
    {[1]: 2}
except TypeError as e:
    print 'TypeError', e
print {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {1: 1} == {1: 1, 2: 2}
dd = {}
for i in range(10):
    dd[i % 3] = dd.get(i % 3, 0) + i
print dd
print sorted({'b': 1, 'a': 2}, key=lambda k: k), max({'x': 1, 'y': 5}.items(), key=lambda kv: kv[1])
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print 'RuntimeError', e
d = dict.fromkeys(range(5))
for k in d.keys():
    if k % 2: del d[k]
print d
print repr({'a': [1, {'b': (2,)}]}), str({'s': 's'}), {}.get(1, [])
class D(dict):
    def __missing__(self, key):
        return key * 2
print D()[4], D(a=1)['a']
print {'a': 1}.viewkeys() & {'a', 'b'}, sorted({'a': 1, 'b': 2}.viewitems())
