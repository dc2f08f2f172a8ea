# getattr, setattr, hasattr, delattr, vars, dir, type, object, id-free identity.
class Pt(object):
    kind = 'point'
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        return 'm'
p = Pt()
print getattr(p, 'x'), getattr(p, 'kind'), getattr(p, 'z', 'default'), getattr(p, 'method')()
setattr(p, 'z', 3)
print p.z, hasattr(p, 'z')
delattr(p, 'z')
print hasattr(p, 'z')
try:
    getattr(p, 'missing')
except AttributeError as e:
    print 'AttributeError:', e
print sorted(vars(p).items())
print [n for n in dir(Pt) if not n.startswith('__')]
print [n for n in dir(p) if not n.startswith('__')]
print type(p).__name__, type(Pt).__name__, type(3).__name__, type('').__name__, type(None).__name__
print type(p) is Pt, type(3) is int, type(3) == type(4)
o = object()
print type(o).__name__, isinstance(o, object)
try:
    o.attr = 1
except AttributeError as e:
    print 'AttributeError:', e
print 'x' in vars(p), sorted(k for k in vars(Pt) if not k.startswith('__'))
print getattr([], 'append').__name__, getattr('s', 'upper')()
print [n for n in dir([]) if not n.startswith('_')]
