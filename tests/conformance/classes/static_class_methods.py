# staticmethod and classmethod.
class Shape(object):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @staticmethod
    def describe(x):
        return 'static sees %r' % (x,)
    @classmethod
    def create(cls, name):
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
class Square(Shape):
    pass
print Shape.describe(1), Shape('a').describe(2)
s = Square.create('sq')
print type(s).__name__, s.name, Square.kind(), Shape.kind(), s.kind()
print Shape.count
class Util(object):
    def plain(x):
        return x * 2
    plain = staticmethod(plain)
    def ident(cls):
        return cls.__name__
    ident = classmethod(ident)
print Util.plain(21), Util().plain(1), Util.ident(), Util().ident()
class Registry(object):
    entries = []
    @classmethod
    def register(cls, v):
        cls.entries.append(v)
        return len(cls.entries)
print Registry.register('a'), Registry.register('b'), Registry.entries
print type(Shape.__dict__['describe']).__name__, type(Shape.__dict__['create']).__name__
