# Dict methods.
d = {'a': 1, 'b': 2, 'c': 3}
print d.get('a'), d.get('z'), d.get('z', 'dflt')
print d.setdefault('a', 100), d.setdefault('n', []), sorted(d.keys())
d['n'].append('x')
print d['n']
print d.pop('n'), d.pop('zz', 'missing'), sorted(d)
try:
    d.pop('zz')
except KeyError as e:
    print 'KeyError:', e
d.update({'d': 4})
d.update([('e', 5)])
d.update(f=6, a=-1)
print sorted(d.items())
print sorted(d.keys()), sorted(d.values()), sorted(d.items())[:2]
print type(d.keys()).__name__, type(d.items()).__name__, type(d.values()).__name__
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems())[:2]
print d.has_key('a'), d.has_key('zz')
print sorted(dict.fromkeys('abc').items()), sorted(dict.fromkeys([1, 2], 0).items())
c = d.copy()
c['a'] = 'copy'
print d['a'], c['a'], c is d, c == d
k, v = d.popitem()
print k not in d, len(d)
d.clear()
print d, len(d)
try:
    {}.popitem()
except KeyError as e:
    print 'KeyError:', e
e = {'x': 1}
print e.items(), e.keys(), e.values()
print sorted({'b': 1, 'a': 2}, key=lambda k: -ord(k))
print sorted(d.get(x, x * 2) for x in range(3))
