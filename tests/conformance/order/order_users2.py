# More places where order leaks into results: ties in sorted/max/min over
# dict items, metaclass namespaces, functools.partial keywords, copy and
# deepcopy, dict and set subclasses, views combined with sets, groupby.
import copy
import functools
import itertools
from collections import defaultdict

scores = {'ann': 3, 'bob': 5, 'cy': 3, 'dee': 5, 'eve': 1, 'fay': 3, 'gus': 5, 'hal': 1}

# Ties keep dict order in stable sorts and in max/min.
print sorted(scores.items(), key=lambda kv: kv[1])
print sorted(scores, key=scores.get, reverse=True)
print max(scores, key=scores.get), min(scores, key=scores.get)
print max(scores.iteritems(), key=lambda kv: kv[1])
print [k for k, v in sorted(scores.items(), key=lambda kv: -kv[1])][:4]
by_score = defaultdict(list)
for name in scores:
    by_score[scores[name]].append(name)
print dict(by_score)
for key, group in itertools.groupby(sorted(scores.items(), key=lambda kv: kv[1]), key=lambda kv: kv[1]):
    print key, [name for name, _ in group]

# A metaclass sees the class body namespace.
class Recorder(type):
    def __new__(mcs, name, bases, ns):
        print name, ns.keys()
        return type.__new__(mcs, name, bases, ns)

class Model(object):
    __metaclass__ = Recorder
    id = 1
    title = 'x'
    body = 'y'
    created = 0
    def save(self):
        pass
    def delete(self):
        pass

class Sub(Model):
    extra = 1
    more = 2

# functools.partial merges keyword dicts.
def target(*args, **kw):
    return kw
p = functools.partial(target, color='red', size=3, shape='box')
print p.keywords
print p(weight=5, label='L', size=4)

# copy and deepcopy of dicts and sets.
src = dict(('c%d' % i, [i]) for i in range(14))
for k in ['c1', 'c4', 'c9']:
    del src[k]
print src.keys()
print copy.copy(src).keys()
print copy.deepcopy(src).keys()
ss = set('s%d' % i for i in range(14))
for k in ['s1', 's4', 's9']:
    ss.remove(k)
print list(ss)
print list(copy.copy(ss))
print list(copy.deepcopy(ss))
print copy.deepcopy({'n': {'b': 1, 'a': 2}, 'm': set('xyz')})

# dict and set subclasses print the same order.
class MyDict(dict):
    pass
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
md = MyDict()
for w in ['one', 'two', 'three', 'four', 'five', 'six', 'seven']:
    md[w] = len(w)
print md, md.keys()
print MySet(['one', 'two', 'three', 'four', 'five', 'six', 'seven'])
print MyFrozen('abcdefg')
print MyDict.fromkeys('hello')
print list(MySet(range(20, 0, -3)) | set([100, 7]))

# Views combined with sets give sets.
a = dict.fromkeys(['ape', 'bee', 'cat', 'dog', 'eel', 'fox'])
b = dict.fromkeys(['cat', 'dog', 'gnu', 'hen', 'ape'])
print a.viewkeys() & b.viewkeys()
print a.viewkeys() | b.viewkeys()
print a.viewkeys() - b.viewkeys()
print a.viewkeys() ^ b.viewkeys()
print a.viewitems() & dict.fromkeys(['cat', 'ape']).viewitems()

# Strings built from dicts.
env = {'HOME': '/home/u', 'PATH': '/bin', 'LANG': 'C', 'TERM': 'xterm', 'USER': 'u', 'SHELL': 'sh'}
print ';'.join('%s=%s' % kv for kv in env.iteritems())
print '%s' % env
print str(env.keys())
print '&'.join('%s=%s' % (k, v) for k, v in {'b': 2, 'a': 1, 'c': 3}.items())
print repr({'self': {}, 'list': [1, {'z': 0, 'q': 1}]})
r = {'name': 'loop'}
r['me'] = r
r['other'] = 1
print r

# zip(*d.items()) and unpacking.
keys, values = zip(*{'x': 1, 'yy': 2, 'zzz': 3, 'w': 4}.items())
print keys, values
first = iter({'alpha': 1, 'beta': 2, 'gamma': 3}).next()
print first
k1, k2, k3 = {'left': 1, 'right': 2, 'middle': 3}
print k1, k2, k3
print list(reversed(list({'q': 1, 'w': 2, 'e': 3, 'r': 4})))

# Equality does not depend on order.
d1 = {}
d2 = {}
for i in range(20):
    d1['k%d' % i] = i
for i in reversed(range(20)):
    d2['k%d' % i] = i
print d1 == d2, cmp(d1, d2), set(d1) == set(d2)
print d1.keys() == d2.keys()
