# copy/deepcopy of atomic values, classes, functions; reductions; errors.
import copy, copy_reg

def f(): pass
class C(object):
    def m(self): return self.x
class Meta(type): pass
class D(object):
    __metaclass__ = Meta

for x in (int, len, f, C, type, Ellipsis, None, 1, 2L, 1.5, 3j, 'ab', xrange(3), f.__code__):
    print type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x
print copy.deepcopy([int, len]) == [int, len], copy.deepcopy(D) is D
t = (1, 2)
print copy.deepcopy(t) is t, copy.copy(t) is t
t2 = (1, [2])
print copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2
print copy.deepcopy(((1, 2), 'a')) is not None

# memo keeps originals alive
memo = {}
x = [[1], [2]]
y = copy.deepcopy(x, memo)
print memo[id(memo)][-1] is x, y == x, y[0] is not x[0]

# reflexive structures
l = [1]; l.append(l)
l2 = copy.deepcopy(l); print l2[1] is l2, l2 is not l
d = {}; d['me'] = d
d2 = copy.deepcopy(d); print d2['me'] is d2
t = ([],); t[0].append(t)
t3 = copy.deepcopy(t); print t3[0][0] is t3

# bound methods keep their function, copy their instance
c = C(); c.x = [1]
m2 = copy.deepcopy(c.m)
print m2.im_func is c.m.im_func, m2.im_self is not c, m2()

# __reduce__ variants
class R(object):
    def __init__(self, *a): self.a = a
    def __reduce__(self):
        return (R, (1, 2), {'state': 3}, iter([]), None)
r = copy.copy(R()); print r.a, r.state
class R2(object):
    def __reduce__(self):
        return "global_name"
r = R2(); print copy.copy(r) is r, copy.deepcopy(r) is r
class L(list):
    pass
l = L([1, [2]]); l.foo = 'x'
l2 = copy.deepcopy(l); print type(l2).__name__, l2, l2[1] is not l[1], l2.foo
class Dct(dict):
    pass
d = Dct(a=[1]); d2 = copy.copy(d); print type(d2).__name__, d2, d2['a'] is d['a']
class T(tuple):
    pass
t = T([1, [2]]); t2 = copy.deepcopy(t); print type(t2).__name__, t2, t2[1] is not t[1]

# __slots__
class S(object):
    __slots__ = ['a', 'b']
s = S(); s.a = [1]
s2 = copy.copy(s); print s2.a is s.a, hasattr(s2, 'b')
s3 = copy.deepcopy(s); print s3.a == [1], s3.a is not s.a

# __getstate__ / __setstate__
class G(object):
    def __getstate__(self): return {'g': 1}
    def __setstate__(self, st): self.got = st
print copy.copy(G()).got, copy.deepcopy(G()).got

# errors
class Cant(object):
    def __reduce_ex__(self, proto): raise copy.Error("no")
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Cant())
    except copy.Error as e:
        print 'Error', e
class Reg(object):
    pass
def bad(obj):
    raise TypeError("registered")
copy_reg.pickle(Reg, bad)
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Reg())
    except TypeError as e:
        print 'TypeError', e
class Ex(object):
    def __getstate__(self): raise ValueError("getstate")
try:
    copy.copy(Ex())
except ValueError as e:
    print 'ValueError', e
print copy.Error is copy.error, copy.__all__
