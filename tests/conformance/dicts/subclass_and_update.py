# dict subclasses, __missing__, fromkeys, and update from various sources.
class D(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
d = D(a=1)
print d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d), type(d).__name__
d['b'] = 2
print sorted(d.items()), sorted(d), sorted(d.keys()), d.pop('a'), d.copy(), type(d.copy()).__name__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print sorted(c.items())
class Plain(dict):
    pass
p = Plain([('x', 1)], y=2)
print sorted(p.items()), p == {'x': 1, 'y': 2}, isinstance(p, dict)
try:
    p['nope']
except KeyError as e:
    print 'KeyError:', e
print sorted(D.fromkeys('ab', 0).items()), type(D.fromkeys('ab')).__name__
print sorted(dict.fromkeys(set([3])).items()), sorted({}.fromkeys([1, 2], 'v').items())
class Mapping(object):
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print sorted(dict(Mapping()).items())
e = {}
e.update(Mapping(), extra=1)
print sorted(e.items())
print sorted(dict(['ab', 'cd']).items()), sorted(dict([[1, 2], (3, 4)]).items())
print sorted(dict((x, x) for x in range(3)).items()), sorted(dict(p).items())
for bad in ([1], ['abc'], [(1, 2, 3)], 5, [(1,)]):
    try:
        dict(bad)
    except Exception as ex:
        print type(ex).__name__, ex
for t, fn in [
        ('{}.get()', lambda: {}.get()),
        ('{}.get(1, 2, 3)', lambda: {}.get(1, 2, 3)),
        ('{}.get([])', lambda: {}.get([])),
        ('{}.pop()', lambda: {}.pop()),
        ('{}.pop("z")', lambda: {}.pop("z")),
        ('{"a": 1}.pop("z")', lambda: {"a": 1}.pop("z")),
        ('{}.popitem()', lambda: {}.popitem()),
        ('{}.update(1, 2)', lambda: {}.update(1, 2)),
        ('{}.keys(1)', lambda: {}.keys(1)),
        ('{}.has_key()', lambda: {}.has_key()),
        ('dict.fromkeys()', lambda: dict.fromkeys()),
        ('dict.fromkeys(5)', lambda: dict.fromkeys(5)),
        ('dict.get(5, 1)', lambda: dict.get(5, 1)),
        ('{}.setdefault()', lambda: {}.setdefault()),
        ('dict(1, 2)', lambda: dict(1, 2)),
        ('{}.__getitem__("q")', lambda: {}.__getitem__("q")),
        ('{}.pop([])', lambda: {}.pop([])),
        ('{1: 2}.pop([])', lambda: {1: 2}.pop([])),
        ('{}.__eq__(5)', lambda: {}.__eq__(5)),
        ('{"a": 1}.__contains__("a")', lambda: {"a": 1}.__contains__("a")),
        ('{}.clear(1)', lambda: {}.clear(1)),
        ]:
    try:
        print t, '->', repr(fn())
    except Exception as ex:
        print type(ex).__name__, ex
d = {'a': 1, 'b': 2, 'c': 3}
got = []
while d:
    got.append(d.popitem())
print sorted(got), d
d = {1: 'x'}
print d.setdefault(1, 'y'), d.setdefault(2), d
print {1: 2}.items(), next({1: 2}.iteritems()), list({1: 2}.itervalues())
