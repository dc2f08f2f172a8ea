# Class attributes with __get__/__set__/__delete__ are descriptors.
class Typed(object):
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print 'deleting', self.name
        del obj.__dict__[self.name]
class Person(object):
    age = Typed('age', int)
    name = Typed('name', str)
p = Person()
print p.age, type(Person.age).__name__
p.age = 30
p.name = 'ann'
print p.age, p.name
try:
    p.age = 'old'
except TypeError as e:
    print 'TypeError:', e
del p.age
print p.age
class Constant(object):
    def __get__(self, obj, cls):
        return 'constant for %s' % cls.__name__
class Holder(object):
    c = Constant()
print Holder.c, Holder().c
