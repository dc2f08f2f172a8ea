# A metaclass's mro() decides a class's __mro__, at creation and when
# __bases__ is assigned; what it returns is checked; if it raises while
# __bases__ changes, the classes keep their old bases and MROs.


class A(object):
    def f(self):
        return "A"


class B(A):
    pass


class C(A):
    def f(self):
        return "C"


class D(B, C):
    pass


class Reverse(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L


class X(D, B, C, A):
    __metaclass__ = Reverse


print [k.__name__ for k in X.__mro__]
print X().f(), X.mro() == [X, D, B, C, A, object]
Y = Reverse('Y', (C,), {})
print [k.__name__ for k in Y.__mro__]
print issubclass(Y, A), isinstance(Y(), C)

for bad in ([1], 1, [dict, object]):
    try:
        class Bad(object):
            class __metaclass__(type):
                def mro(self, bad=bad):
                    return bad
        print 'made', Bad
    except TypeError as e:
        print 'TypeError', e


class WorkOnce(type):
    def __new__(meta, name, bases, ns):
        meta.flag = 0
        return super(WorkOnce, meta).__new__(WorkOnce, name, bases, ns)

    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)


class P(object):
    pass


class P2(object):
    pass


class Q(P):
    pass


class R(Q):
    pass


class S(Q):
    __metaclass__ = WorkOnce


before = (R.__mro__, Q.__mro__)
try:
    Q.__bases__ = (P2,)
except RuntimeError as e:
    print 'RuntimeError', e
print (R.__mro__, Q.__mro__) == before, Q.__bases__ == (P,)


class Counting(type):
    calls = []

    def mro(cls):
        Counting.calls.append(cls.__name__)
        return type.mro(cls)


class T(P):
    __metaclass__ = Counting


T.__bases__ = (P2,)
print Counting.calls, [k.__name__ for k in T.__mro__]
