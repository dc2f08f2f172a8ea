# `with` finds __enter__/__exit__ on the type; classmethod/staticmethod
# __new__; object.__reduce__(2); module subclasses' read-only __dict__;
# subclasses of super.
import types


def show(f):
    try:
        r = f()
    except Exception as e:
        print type(e).__name__, e
    else:
        print 'ok', r


class Checker(object):
    def __getattr__(self, attr):
        raise AssertionError("__getattr__ called with " + attr)
    def __getattribute__(self, attr):
        if attr not in ("__enter__", "__exit__"):
            return object.__getattribute__(self, attr)
        raise AssertionError("__getattribute__ called with " + attr)

record = []
class Descr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(self.impl.__name__)
        return self.impl.__get__(obj, owner)

def enter(self):
    return self
def exit_(self, *args):
    return None

class M(Checker):
    __enter__ = Descr(enter)
    __exit__ = Descr(exit_)
with M() as m:
    print type(m).__name__
print sorted(record)

class NoExit(object):
    def __enter__(self):
        return self
def use_no_exit():
    with NoExit():
        pass
show(use_no_exit)


class C(object):
    @staticmethod
    def __new__(*args):
        return args
class D(C):
    pass
print C(1, 2)[1:], D(1, 2)[0] is D


class C2(object):
    @classmethod
    def __new__(*args):
        return args
class D2(C2):
    pass
r = C2(1, 2)
print r[0] is C2, r[1] is C2, r[2:]
r = D2(1, 2)
print r[0] is D2, r[1] is D2, r[2:]


class A(object):
    __slotnames__ = ['spam']
    def __getattr__(self, attr):
        if attr == 'spam':
            return 42
        raise AttributeError(attr)
import copy_reg
red = A().__reduce__(2)
print red[0] is copy_reg.__newobj__, red[1][0] is A, red[2:]
print A().__reduce__(2) == A().__reduce_ex__(2)


class Base(object):
    pass
class Module1(types.ModuleType, Base):
    pass
mod = Module1("spam")
def set_dict():
    mod.__dict__ = {}
def del_dict():
    del mod.__dict__
show(set_dict)
show(del_dict)
mod.__dict__["spam"] = "eggs"
print mod.spam


class AA(object):
    def meth(self, a):
        return "A(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(AA):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print E().meth(5)
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print F().meth(6)


# An exception's __dict__ can be replaced; dir() asks a class's __dir__.
for Exc in Exception, ValueError:
    e = Exc()
    e.__dict__ = {"a": 1}
    print e.a
class X(object):
    def __dir__(self):
        return ['b', 'a']
print dir(X())
class Y(object):
    def __dir__(self):
        return 'ab'
show(lambda: dir(Y()))
