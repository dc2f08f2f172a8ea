# Places where a Python 2.7 program meets dict and set order without asking
# for it: instance and class dicts, **kwargs, locals(), globals(), json,
# pickle, urlencode, Counter, defaultdict, ' '.join(set(...)), re groupdict.
import json
import pickle
import cPickle
import re
import types
import urllib
from collections import Counter, defaultdict, OrderedDict

# Instance __dict__ after attribute stores.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = 'p'
        self.color = 'red'
        self.visible = True

p = Point(1, 2)
print vars(p)
print p.__dict__.keys()
p.z = 3
p.weight = 1.5
del p.label
print p.__dict__
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']:
    setattr(p, name, len(name))
print vars(p).keys()

class Old:
    def __init__(self):
        self.name = 'old'
        self.size = 3
        self.tags = []
        self.parent = 0

print vars(Old())

# Class __dict__ keys of a new-style and a classic class.
class NewStyle(object):
    """A new-style class."""
    limit = 10
    name = 'ns'
    def __init__(self):
        pass
    def run(self):
        pass
    def stop(self):
        pass
    @staticmethod
    def helper():
        pass
    @property
    def value(self):
        return 1

class Classic:
    """A classic class."""
    limit = 10
    name = 'cl'
    def run(self):
        pass
    def stop(self):
        pass

print NewStyle.__dict__.keys()
print [k for k in NewStyle.__dict__ if not k.startswith('__')]
print Classic.__dict__.keys()
print [k for k in vars(Classic) if not k.startswith('__')]
T = type('T', (object,), {'a': 1, 'b': 2, 'c': 3, 'method': lambda self: 0})
print [k for k in T.__dict__ if not k.startswith('__')]

# **kwargs dicts.
def show(*args, **kwargs):
    return kwargs

print show(name='x', value=1, kind='k', size=2, extra=None)
print show(z=1, y=2, x=3, w=4, v=5, u=6, t=7, s=8)
print show(**{'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6})
opts = {'verbose': True, 'debug': False}
print show(color='blue', **opts)
print dict(show(a=1, b=2), c=3, d=4)
def fmt(**kw):
    return ', '.join('%s=%r' % item for item in kw.items())
print fmt(host='localhost', port=8080, user='admin', timeout=30, retries=3)

# locals() in a function.
def f(alpha, beta, gamma=3, *rest, **options):
    total = alpha + beta
    message = 'hi'
    count = 0
    return locals()

print f(1, 2).keys()
print f(1, 2, 3, 4, key=5)

# globals() of a small module.
mod = types.ModuleType('small')
exec 'A = 1\nB = 2\ndef helper(): pass\nclass K(object): pass\nCONST = "c"\nvalue = [1]\n' in mod.__dict__
print [k for k in mod.__dict__ if k != '__builtins__']
main_keys = [k for k in globals().keys() if not k.startswith('__')]
print main_keys

# json.dumps without sort_keys.
data = {'name': 'Widget', 'price': 9.99, 'tags': ['a', 'b'], 'stock': 12,
        'dims': {'w': 1, 'h': 2, 'd': 3}, 'active': True, 'id': 1001}
print json.dumps(data)
print json.dumps(data, indent=2)
print json.dumps([{'x': i, 'y': i * 2, 'label': str(i)} for i in range(3)])
print json.dumps(dict.fromkeys(['k%d' % i for i in range(12)], 0))
print json.loads('{"b": 1, "a": 2, "c": {"z": 1, "y": 2}}')
print json.loads('{"b": 1, "a": 2, "c": {"z": 1, "y": 2}}').keys()

# pickle bytes depend on iteration order.
small = {'b': 1, 'a': 2, 'c': 3}
bigger = dict(('key%d' % i, i) for i in range(15))
print repr(pickle.dumps(small, 0))
print repr(pickle.dumps(small, 2))
print repr(pickle.dumps(bigger, 2))
print repr(cPickle.dumps(small, 0))
print repr(cPickle.dumps(dict.fromkeys('qwertyuiop', 1), 2))
print repr(pickle.dumps(set(['x', 'y', 'z', 'w']), 0))
print repr(pickle.dumps(frozenset([3, 1, 2]), 2))
print pickle.loads(pickle.dumps(bigger, 2)).keys()

# urlencode of a dict.
print urllib.urlencode({'q': 'python', 'page': 2, 'lang': 'en', 'safe': 'off', 'n': 10})

# %(name)s formatting and str.format are unaffected by order.
print '%(a)s-%(b)s-%(c)s' % {'c': 3, 'b': 2, 'a': 1}
print '{x}/{y}'.format(**{'y': 'Y', 'x': 'X'})

# Counter and defaultdict printing.
c = Counter('abracadabra')
print c
print c.most_common()
print c.most_common(3)
print list(c.elements())
print Counter(['x', 'y', 'z', 'x', 'w', 'v', 'u', 'y'])
wc = Counter('the cat and the dog and the bird saw a cat'.split())
print wc
print wc.keys()
dd = defaultdict(list)
for word in 'one two three four five six seven eight nine ten'.split():
    dd[len(word)].append(word)
    dd[word[0]].append(word)
print dd
print dd.keys()
di = defaultdict(int)
for ch in 'hello world':
    di[ch] += 1
print di
print OrderedDict([('z', 1), ('a', 2), ('m', 3)])

# Sets met through join, for loops and list(set(...)) de-duplication.
print ' '.join(set(['spam', 'eggs', 'ham', 'bacon', 'toast']))
print ', '.join(set('the quick brown fox'.split()))
for w in set('to be or not to be that is the question'.split()):
    print w,
print
print list(set([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
print list(set(['b', 'a', 'c', 'a', 'b', 'd']))
print list(set('mississippi'))
seen = set()
for line in ['apple pie', 'banana split', 'cherry tart', 'apple crumble']:
    seen.update(line.split())
print seen

# re groupdict.
m = re.match(r'(?P<year>\d+)-(?P<month>\d+)-(?P<day>\d+) (?P<hour>\d+):(?P<minute>\d+)', '2024-05-06 07:08')
print m.groupdict()
print re.compile(r'(?P<first>\w+) (?P<last>\w+)').groupindex

# Deleting keys inside a loop over a snapshot.
inventory = {'apples': 0, 'pears': 5, 'plums': 0, 'grapes': 7, 'limes': 0, 'kiwis': 2}
for k in inventory.keys():
    if inventory[k] == 0:
        del inventory[k]
print inventory
for k, v in inventory.items():
    inventory[k.upper()] = v
    del inventory[k]
print inventory

# Dicts of dicts as a program would build them.
people = {}
for name, age, city in [('ann', 31, 'oslo'), ('bob', 25, 'rome'), ('cy', 40, 'lima'),
                        ('dee', 22, 'kiev'), ('eve', 35, 'oslo'), ('fay', 28, 'rome')]:
    people[name] = {'age': age, 'city': city}
print people
by_city = {}
for name, info in people.items():
    by_city.setdefault(info['city'], []).append(name)
print by_city
print zip(*people.items())[0]
