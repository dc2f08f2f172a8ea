# __slots__: member descriptors, name mangling, __dict__/__weakref__
# entries, dict_proxy for a class's __dict__.
import weakref


class C(object):
    __slots__ = ['a', '__b', '__weakref__']

    def __init__(self):
        self.__b = 2

    def getb(self):
        return self.__b


c = C()
print repr(C.a), repr(C._C__b), type(C.a).__name__
print c.getb(), c._C__b
try:
    c.a
except AttributeError as e:
    print 'AttributeError', e
C.a.__set__(c, 5)
print c.a, C.a.__get__(c), C.a.__get__(None, C) is C.a
C.a.__delete__(c)
print hasattr(c, 'a')
try:
    C.a.__set__(1, 2)
except TypeError as e:
    print 'TypeError', e
try:
    c.zz = 1
except AttributeError as e:
    print 'AttributeError', e
print hasattr(c, '__dict__'), weakref.ref(c)() is c, c.__weakref__ is not None


class N(object):
    __slots__ = ['x']


try:
    weakref.ref(N())
except TypeError as e:
    print 'TypeError', e
print hasattr(N(), '__weakref__'), hasattr(N, '__weakref__')


class P(object):
    def meth(self):
        pass


print sorted(P.__dict__.keys())
print repr(P.__dict__['__dict__']), repr(P.__dict__['__weakref__'])
print repr(P.__dict__)[:11], type(P.__dict__).__name__
print 'meth' in P.__dict__, P.__dict__.get('nope', 0), len(P.__dict__)
print sorted(P.__dict__.iterkeys()) == sorted(P.__dict__)
print P.__dict__['meth'] is P.__dict__.copy()['meth']
try:
    P.__dict__['x'] = 1
except TypeError as e:
    print 'TypeError', e
try:
    P.__dict__ = {}
except AttributeError as e:
    print 'AttributeError', e
p = P()
print p.__dict__, P.__dict__['__dict__'].__get__(p) is p.__dict__
p.__dict__ = {'b': 1}
print p.b, p.__dict__
try:
    p.__dict__ = 1
except TypeError as e:
    print 'TypeError', e
print hasattr(object(), '__dict__')


class Old:
    x = 1


Old.__dict__['y'] = 2
print Old.y, type(Old.__dict__).__name__
