# Descriptors driven by hand: __get__/__set__/__delete__ of functions,
# methods, classmethod, staticmethod, property; MethodType/FunctionType.
import types


class C(object):
    def f(self):
        return 'f', type(self).__name__

    @classmethod
    def cm(cls, x):
        return cls.__name__, x

    @staticmethod
    def sm(x):
        return x

    def _get(self):
        return self._x

    def _set(self, v):
        self._x = v

    def _del(self):
        del self._x

    p = property(_get, _set, _del)


class D(C):
    pass


c = C()


def h(self, a):
    return 'h', a


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


show(lambda: h.__get__(c, C)(1))
show(lambda: h.__get__(c)(2))
show(lambda: h.__get__(None, C))
show(lambda: h.__get__(None))
show(lambda: h.__get__(None, None))
show(lambda: C.__dict__['cm'].__get__(None, D)(3))
show(lambda: C.__dict__['cm'].__get__(D())(4))
show(lambda: C.__dict__['cm'].__get__(None))
show(lambda: C.__dict__['sm'].__get__(c)(5))
show(lambda: C.__dict__['sm'].__get__(None, C)(6))
p = C.__dict__['p']
p.__set__(c, 7)
show(lambda: (p.__get__(c), p.__get__(c, C), p.__get__(None, C) is p))
p.__delete__(c)
show(lambda: p.__get__(c))
q = property()
show(lambda: q.__get__(c))
show(lambda: q.__set__(c, 1))
show(lambda: q.__delete__(c))
show(lambda: C.f.__get__(c)())
show(lambda: C.f.__get__(None, D))
show(lambda: c.f.__get__(C()) == c.f)

# types.MethodType / instancemethod
m = types.MethodType(h, c, C)
show(lambda: (m(9), m.im_self is c, m.im_func is h))
show(lambda: types.MethodType(h, None, C))
show(lambda: types.MethodType(h, None))
show(lambda: types.MethodType(1, c))
show(lambda: types.MethodType(h, c, C)(10))


# types.FunctionType
def k(a, b=2):
    return a + b


k2 = types.FunctionType(k.func_code, {}, 'kk', (10,))
show(lambda: (k2.__name__, k2(1), k2(1, 1)))
show(lambda: types.FunctionType(k.func_code, {})(1))
show(lambda: types.FunctionType(k.func_code, {})(1, 5))
show(lambda: types.FunctionType(1, {}))
show(lambda: types.FunctionType(k.func_code, 1))
show(lambda: types.FunctionType(k.func_code, {}, 5))
show(lambda: types.FunctionType(k.func_code, {}, None, 5))

# keywords refused
show(lambda: classmethod(h, kw=1))
show(lambda: staticmethod(h, kw=1))
show(lambda: super(C, kw=1))


# an unbound super stored in a class binds like a descriptor
class A(object):
    def meth(self, a):
        return 'A(%r)' % a


class B(A):
    def meth(self, a):
        return 'B(%r)' % a + self.__super.meth(a)


B._B__super = super(B)
show(lambda: B().meth(3))
