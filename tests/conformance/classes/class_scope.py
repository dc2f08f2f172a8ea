# Class bodies: execution order, scope, and class attribute tricks.
print 'before class'
class Body(object):
    print 'executing class body'
    a = 1
    b = a + 1
    squares = [i * i for i in range(3)]
    def method(self):
        return self.a + self.b
    print 'end of class body, b =', b
print 'after class', Body().method(), Body.squares
x = 'global'
class Scope(object):
    x = 'class'
    def get(self):
        return x
    def get_cls(self):
        return self.x
print Scope().get(), Scope().get_cls()
class Counter(object):
    n = 0
    def incr(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
print c1.incr(), c1.incr(), c2.incr(), Counter.n
def make_class(base_value):
    class Inner(object):
        value = base_value
        def get(self):
            return self.value
    return Inner
K1, K2 = make_class(1), make_class(2)
print K1().get(), K2().get(), K1 is K2, K1.__name__
class Outer(object):
    class Nested(object):
        v = 'nested'
print Outer.Nested.v, Outer().Nested().v
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated(object):
    pass
print Decorated.decorated
