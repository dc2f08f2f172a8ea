# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal(object):
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super(Dog, self).kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super(Puppy, self).__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + ' (age %d)' % self.age
a, d, p = Animal('generic'), Dog('rex'), Puppy('bit', 1)
for x in (a, d, p):
    print x.speak(), '|', x.kind()
print isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy)
print issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object)
print issubclass(Puppy, (int, Dog)), isinstance(d, (int, str)), isinstance(d, (int, Animal))
print [c.__name__ for c in Puppy.__mro__]
print Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__
print Dog.sound, Puppy.sound, Animal.sound
print hasattr(p, 'age'), hasattr(d, 'age')
class Base(object):
    def template(self):
        return 'base calls ' + self.hook()
    def hook(self):
        return 'base hook'
class Derived(Base):
    def hook(self):
        return 'derived hook'
print Base().template(), '/', Derived().template()
