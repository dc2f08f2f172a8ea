# deque, Counter, namedtuple and defaultdict details checked against CPython 2.7.
from collections import deque, Counter, namedtuple, defaultdict, OrderedDict
import copy, pickle
def e(f, *a, **k):
    try:
        print repr(f(*a, **k))[:70]
    except Exception as ex:
        print type(ex).__name__, ex
d = deque('ab'); d += 'cd'; print d
e(deque, 'a', -1)
e(deque, 'a', 'x')
for f in (lambda: setattr(d, 'maxlen', 3), lambda: hash(d)):
    try:
        f()
    except (AttributeError, TypeError) as ex:
        print type(ex).__name__
print deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) != deque([2]), deque([2]) >= deque([1, 5])
print deque([1]) == [1]
it = iter(d); d.append('e'); e(next, it)
it = iter(deque()); e(next, it)
r = reversed(deque('xyz')); print list(r)
class M(object):
    def __eq__(self, other):
        d2.pop()
        return True
d2 = deque([M(), 1, 2])
e(d2.count, 3)
d3 = deque([1]); d3.append(d3); print repr(d3)
class Sub(deque):
    pass
s = Sub('abc', 5); s.x = 1
c = copy.copy(s); print type(c).__name__, list(c), c.maxlen, hasattr(c, 'x')
c = copy.deepcopy(s); print type(c).__name__, list(c), c.maxlen, c.x
for proto in range(3):
    p = pickle.loads(pickle.dumps(deque('abc', 3), proto)); print p, p.maxlen
print deque([1, 2, 3], 2), deque(maxlen=0)
# Counter
print Counter(self=42).items(), Counter(iterable=None).items()
c = Counter(); c.update(self=1); c.subtract(self=3); print c.items()
e(Counter, (), ())
e(Counter.__init__)
e(Counter.fromkeys, 'abc')
c = Counter('abracadabra'); print sorted(copy.copy(c).items()), type(copy.deepcopy(c)).__name__, c.__reduce__()[0].__name__
print sorted(pickle.loads(pickle.dumps(c)).items()) == sorted(c.items())
# namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print P.__doc__, P.__module__, p.__dict__, vars(p), p._asdict()
print copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p, 2)) == p
e(p._replace, z=3)
e(P._make, [1])
T = namedtuple('T', 'itemgetter property self cls tuple')
print T(1, 2, 3, 4, 5)._replace(self=30, cls=40)
print P.x.__doc__, '__dict__' in P.__dict__
# defaultdict
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
print repr(sub()).startswith("defaultdict(<bound method sub._factory of defaultdict(...")
dd = defaultdict(list, a=[1]); r = dd.__reduce__(); print r[0].__name__, r[1], copy.deepcopy(dd)
