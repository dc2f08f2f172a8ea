# __new__: controlling instance creation.
class Singleton(object):
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print 'creating instance'
            cls._inst = super(Singleton, cls).__new__(cls)
        return cls._inst
    def __init__(self, v):
        print 'init with', v
        self.v = v
a = Singleton(1)
b = Singleton(2)
print a is b, a.v
class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
u = Upper('hello')
print u, len(u), isinstance(u, str), type(u).__name__, u + '!'
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, abs(v))
p = Pos(-5)
print p, p + 1, type(p).__name__, isinstance(p, int)
class Other(object):
    pass
class ReturnsOther(object):
    def __new__(cls):
        return Other()
    def __init__(self):
        print 'never called'
r = ReturnsOther()
print type(r).__name__
class WithArgs(object):
    def __new__(cls, x, y=0):
        obj = object.__new__(cls)
        obj.total = x + y
        return obj
print WithArgs(1, 2).total, WithArgs(5).total
class MyList(list):
    def append(self, x):
        super(MyList, self).append(x * 2)
ml = MyList([1])
ml.append(5)
print ml, len(ml), type(ml).__name__, isinstance(ml, list)
class MyDict(dict):
    def __missing__(self, key):
        return 'missing ' + key
md = MyDict(a=1)
print md['a'], md['b'], len(md)
