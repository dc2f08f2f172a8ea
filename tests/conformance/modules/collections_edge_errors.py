# collections edge cases: namedtuple argument errors (from a real function
# signature), deque index/remove errors, OrderedDict reversed, defaultdict
# factory check and copy.
import collections
N = collections.namedtuple('Point', 'x y')
E = collections.namedtuple('Empty', '')
for f in [lambda: N(1), lambda: N(1, 2, 3), lambda: N(x=1, z=2), lambda: N(1, x=2), lambda: N(), lambda: E(), lambda: E(1), lambda: N(y=2, x=1), lambda: N(*[1, 2]), lambda: N(**{'x': 1, 'y': 2})]:
    try:
        print repr(f())
    except TypeError as e:
        print 'TypeError', e

def t(s):
    try:
        print s, '->', repr(eval(s))
    except Exception as e:
        print s, '!!', type(e).__name__, e
D = collections.deque
t("D([1, 2, 3]).rotate(1)")
d = D([1, 2, 3]); d.rotate(1)
t("d")
d.rotate(-2)
t("d")
t("D('abc')")
t("D(maxlen=2)")
t("D([1,2,3], 2)")
t("D().pop()")
t("D().popleft()")
t("D([1]).remove(2)")
t("D([1, 2]).count(1)")
t("D([1, 2])[1]")
t("D([1, 2])[-1]")
t("D([1, 2])[5]")
t("len(D([1, 2]))")
t("list(reversed(D([1, 2])))")
t("D([1, 2]) == D([1, 2])")
t("D([1]).maxlen")
d2 = D([1, 2, 3]); d2.extendleft([4, 5]); 
t("d2")
t("3 in d2")
del d2[0]
t("d2")
d2[0] = 'x'
t("d2")
d2.clear()
t("d2")
OD = collections.OrderedDict
o = OD(); o['b'] = 1; o['a'] = 2; o['c'] = 3
t("o.popitem()")
t("o.popitem(last=False)")
t("o")
o2 = OD([('x', 1), ('y', 2)])
t("o2 == OD([('y', 2), ('x', 1)])")
t("o2 == {'y': 2, 'x': 1}")
t("OD()")
t("o2.items(), o2.values()")
t("list(reversed(o2))")
t("OD.fromkeys('ab')")
o2['x'] = 10
t("o2")
del o2['x']; o2['x'] = 5
t("o2")
t("repr(OD([(1, OD())]))")
N = collections.namedtuple('Point', ['x', 'y'])
p = N(1, 2)
t("p")
t("p[0] + p.y")
t("N._make([3, 4])")
t("p._replace(y=9)")
t("p._asdict()")
t("N(1)")
t("N(1, 2, 3)")
t("N(x=1, z=2)")
t("tuple(p)")
t("p == (1, 2)")
t("N.__name__")
t("collections.namedtuple('A', 'a, b')(1, 2)")
t("collections.namedtuple('A', 'a b', verbose=False)._fields")
t("collections.namedtuple('A', 'a a')")
t("collections.namedtuple('A', 'a class')")
t("collections.namedtuple('A', 'a _b')")
t("collections.namedtuple('A', 'a _b', rename=True)._fields")
t("x, y = p; x")
t("p.x = 5")
DD = collections.defaultdict
dd = DD(int); dd['a'] += 1
t("dd")
t("DD(list)")
t("DD()")
t("DD(None)['k']")
t("DD(lambda: 'z')['k']")
t("DD(int, {'a': 1})")
t("DD(int, a=1)")
t("dd.default_factory")
t("DD(5)")
t("dd.copy()")
t("isinstance(dd, dict)")
t("dd.get('zz'), 'zz' in dd")
