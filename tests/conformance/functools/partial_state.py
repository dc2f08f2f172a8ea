import functools, pickle, copy
def capture(*a, **k): return a, k
def e(f, *a, **k):
    try:
        r = f(*a, **k)
        print repr(r)[:70]
    except Exception as ex:
        print type(ex).__name__, ex
p = functools.partial(capture, 1, a=2)
print p(3, b=4), p.func is capture, p.args, p.keywords
e(setattr, p, 'func', len)
e(setattr, p, 'args', ())
e(setattr, p, 'keywords', {})
e(delattr, p, 'func')
e(delattr, p, '__dict__')
e(setattr, p, '__dict__', 3)
e(setattr, p, '__dict__', {'z': 1}); print p.z
e(functools.partial)
e(functools.partial, 2)
e(functools.partial, func=capture)
r = p.__reduce__()
print r[0] is functools.partial, r[1][0] is capture, r[2][1:]
q = functools.partial(capture)
print q.__reduce__()[2][1:]
e(q.__setstate__, (capture, (), {}))
e(q.__setstate__, (capture, (), {}, {}, None))
e(q.__setstate__, [capture, (), {}, None])
e(q.__setstate__, (None, (), {}, None))
e(q.__setstate__, (capture, None, {}, None))
e(q.__setstate__, (capture, [], {}, None))
e(q.__setstate__, (capture, (), [], None))
e(q.__setstate__, (capture, (), {}, 5))
q.__setstate__((capture, (7,), None, None)); print q(), q.keywords, q.__dict__
q.__setstate__((capture, (7,), {'k': 1}, {'at': 2})); print q(), q.keywords, q.__dict__, q.at
p.attr = [1]
for proto in (0, 1, 2):
    p2 = pickle.loads(pickle.dumps(p, proto))
    print p2.func is capture, p2.args, p2.keywords, p2.attr
p3 = copy.deepcopy(p); print p3.attr == p.attr, p3.attr is not p.attr
class PS(functools.partial): pass
s = PS(capture, 5); print type(s).__name__, s(6), type(copy.copy(s)).__name__
print functools.partial(capture, 1)(*(), **{})
print functools.partial(functools.partial(capture, 1), 2)(3)
print functools.partial(capture, a=1)(a=2)
def w(): pass
functools.update_wrapper(w, max); print w.__name__
print functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES
@functools.total_ordering
class A:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print A(1) != A(2), A(1) != A(1), A(1) < A(2), A(1) <= A(1), A(2) >= A(3), A.__ne__.__name__
e(functools.total_ordering, type('X', (object,), {}))
f = functools.partial(capture, [1], k=[2])
f.attr = []
c = copy.copy(f); print c.args is f.args, c.keywords is f.keywords, c.attr is f.attr
d = copy.deepcopy(f); print d.args == f.args, d.args is not f.args, d.keywords['k'] is not f.keywords['k'], d.attr == []
import weakref
w = weakref.ref(f); print w() is f
