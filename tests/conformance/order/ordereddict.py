# OrderedDict keeps insertion order whatever the plain dict order is; the
# places that rely on it (namedtuple._asdict, json object_pairs_hook,
# ConfigParser) must keep it too once dicts iterate in hash order.
import json
import pickle
import copy
from collections import OrderedDict, namedtuple
from ConfigParser import RawConfigParser
from StringIO import StringIO

words = ['zeta', 'alpha', 'mu', 'beta', 'omega', 'gamma', 'kappa', 'delta', 'pi', 'epsilon']

od = OrderedDict()
for i, w in enumerate(words):
    od[w] = i
print od
print od.keys()
print od.values()
print od.items()
print list(od), list(od.iterkeys()), list(od.itervalues())
print list(od.iteritems())[:3]
print list(reversed(od))
print list(od.viewkeys()), list(od.viewitems())[:3]

# Deleting and re-inserting moves a key to the end; overwriting does not.
del od['mu']
od['mu'] = 99
od['zeta'] = -1
print od.keys()
print od.popitem(), od.popitem(last=False)
print od.keys()
print od.pop('beta'), od.setdefault('new', 5), od.setdefault('alpha', 7)
print od.keys()

# Constructors and update keep argument order.
print OrderedDict([('z', 1), ('a', 2), ('m', 3)])
print OrderedDict(zip('qwertyuiop', range(10))).keys()
o2 = OrderedDict()
o2.update([('b', 1), ('a', 2)])
o2.update(OrderedDict([('d', 3), ('c', 4)]))
o2.update(e=5)
print o2
print OrderedDict.fromkeys('mississippi').keys()
print OrderedDict.fromkeys(['x3', 'x1', 'x2'], 0)
print o2.copy(), copy.copy(o2), copy.deepcopy(o2)
print pickle.loads(pickle.dumps(o2, 0)), pickle.loads(pickle.dumps(o2, 2))

# Equality is order-sensitive between OrderedDicts only.
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print a == b, a == dict(b), dict(a) == dict(b), a != b

# Large: insertion order survives growth and deletions.
big = OrderedDict()
for i in range(2000):
    big['k%d' % (i * 7 % 2000)] = i
for i in range(0, 2000, 3):
    del big['k%d' % i]
print len(big), big.keys()[:15], big.keys()[-5:]
while len(big) > 5:
    big.popitem(last=len(big) % 2 == 0)
print big

# Users of OrderedDict in the library.
Point = namedtuple('Point', 'y x z label')
print Point(1, 2, 3, 'p')._asdict()
print json.loads('{"zz": 1, "aa": 2, "mm": {"q": 1, "b": 2}}', object_pairs_hook=OrderedDict)
print json.dumps(OrderedDict([('zz', 1), ('aa', 2), ('mm', 3)]))
cp = RawConfigParser()
cp.readfp(StringIO('[zulu]\nz = 1\na = 2\nm = 3\n[alpha]\nq = 1\nb = 2\n[mike]\nx = 0\n'))
print cp.sections()
print cp.options('zulu'), cp.items('zulu')
out = StringIO()
cp.write(out)
print out.getvalue()

# A subclass overriding update() still initialises from its argument.
class MyOD(OrderedDict):
    def update(self, *args, **kwds):
        raise Exception()
print list(MyOD([('a', 1), ('c', 3), ('b', 2)]).items())
