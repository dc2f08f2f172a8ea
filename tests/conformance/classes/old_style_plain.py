# Old-style classes used plainly: inheritance, __call__, __getattr__, __cmp__.
class Animal:
    kingdom = 'animalia'
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def __str__(self):
        return "Animal(%s)" % self.name
class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 'woof')
    def speak(self):
        return Animal.speak(self) + '!'
class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 'meow')
pets = [Dog('rex'), Cat('tom'), Animal('gen', '...')]
for p in pets:
    print p.speak(), str(p), p.kingdom
print isinstance(pets[0], Animal), isinstance(pets[1], Dog), issubclass(Dog, Animal)
print Dog.__name__, Dog.__bases__[0].__name__, hasattr(Dog, 'speak'), getattr(pets[0], 'name')
print pets[0].__dict__ == {'name': 'rex', 'sound': 'woof'}, sorted(vars(pets[1]).keys())
Animal.kingdom = 'changed'
print pets[0].kingdom
pets[0].kingdom = 'own'
print pets[0].kingdom, pets[1].kingdom, Dog.kingdom
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
    def __eq__(self, o):
        return isinstance(o, Counter) and self.n == o.n
c = Counter(); c(); c(); c()
print len(c), list(c), c[1], 2 in c, 10 in c, c == Counter(), c != Counter()
class Temp:
    def __init__(self, c): self.c = c
    def __getattr__(self, name):
        if name == 'f': return self.c * 9.0 / 5 + 32
        raise AttributeError(name)
t = Temp(100)
print t.f, t.c
try:
    t.k
except AttributeError as e:
    print 'AttributeError', e
class Cmp:
    def __init__(self, v): self.v = v
    def __cmp__(self, o): return cmp(self.v, o.v)
    def __repr__(self): return 'Cmp(%d)' % self.v
print sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) < Cmp(2), Cmp(1) == Cmp(1), max(Cmp(5), Cmp(4))
class Empty: pass
e = Empty()
e.x = 1
print e.x, hasattr(e, 'y'), getattr(e, 'y', 'dflt')
del e.x
print hasattr(e, 'x')
