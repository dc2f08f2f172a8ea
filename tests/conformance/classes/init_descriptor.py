def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
try:
    A().a
except AttributeError, x:
    print 'A', x
class E:
    __eq__ = property(booh)
print E() == E()
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError, x:
    print 'I', x
class J(object):
    __init__ = property(booh)
try:
    J()
except AttributeError, x:
    print 'J', x
class K(object):
    def mk(self):
        def init(*a): print 'init', a
        return init
    __init__ = property(mk)
K(1, 2)
class Callable(object):
    def __call__(self, *a): print 'called', len(a)
class L(object):
    __init__ = Callable()
L(5)
class M:
    __init__ = Callable()
M(5)
class N(object):
    __init__ = staticmethod(lambda *a: None)
N(1)
print 'ok'
