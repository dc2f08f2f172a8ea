# dict views (set operations), iterator invalidation, update forms, nested setdefault trees.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.viewkeys(); v = d.viewvalues(); i = d.viewitems()
print sorted(k), sorted(v), sorted(i), len(k), 'a' in k, 2 in v, ('a', 1) in i
print sorted(k - set('ab')), sorted(k | set('q')), sorted(k ^ set('az')), k == set('abc')
d['z'] = 26
print type(d.keys()), type(d.values()), type(d.items())
it = d.iteritems()
print next(it)[0] in d
try:
    d['new'] = 1
    next(it)
except RuntimeError as e:
    print 'RuntimeError', e
print sorted(d.iterkeys()), sorted(d.itervalues())
e = dict(a=1)
e.update(b=2)
e.update({'c': 3}, d=4)
print sorted(e.items())
print dict(e, f=5) == dict(e.items() + [('f', 5)])
print {}.fromkeys([]), dict.fromkeys('aa', []), len(dict.fromkeys(range(100)))
d2 = {}
d2[1] = d2.get(1, 0) + 1
d2[1.0] = 'float key'
d2[True] = 'bool key'
print d2, len(d2)
d3 = {'x': [1]}
cp = d3.copy(); cp['x'].append(2); cp['y'] = 0
print d3, sorted(cp)
print dict(zip(range(3), 'abc')).items() == [(0, 'a'), (1, 'b'), (2, 'c')]
print {1: 2}.items()[0], {1: 2}.keys()[0], {'a': {'b': {'c': 1}}}['a']['b']['c']
nested = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = nested
    for part in path.split('/'):
        node = node.setdefault(part, {})
def show(n, indent=0):
    for k in sorted(n):
        print '  ' * indent + k
        show(n[k], indent + 1)
show(nested)
print len({x: x for x in range(1000)}), sum({x: 1 for x in 'hello'}.values())
big = dict((i, i * i) for i in range(10000))
for i in range(0, 10000, 2):
    del big[i]
print len(big), big[9999], sum(big.itervalues()) % 1000
print d.get('a') is d['a'], d.has_key('zz'), d.__contains__('a'), d.__getitem__('b'), d.__len__()
