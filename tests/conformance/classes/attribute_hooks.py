# __getattr__, __setattr__, __delattr__, getattr/setattr/delattr/hasattr.
class Dyn(object):
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return 'generated ' + name
        raise AttributeError('no attribute %r' % name)
d = Dyn()
print d.real, d.auto_x, getattr(d, 'auto_y'), hasattr(d, 'auto_z'), hasattr(d, 'nope')
try:
    d.nope
except AttributeError as e:
    print 'AttributeError:', e
print getattr(d, 'nope', 'fallback')
class Logged(object):
    def __setattr__(self, name, value):
        print 'set', name, '=', repr(value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print 'del', name
        object.__delattr__(self, name)
l = Logged()
l.a = 1
setattr(l, 'b', [2])
print l.a, l.b, sorted(l.__dict__)
del l.a
delattr(l, 'b')
print sorted(l.__dict__)
class Record(object):
    def __init__(self, **fields):
        self.__dict__['_fields'] = dict(fields)
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self._fields[name] = value
r = Record(x=1, y=2)
r.z = 3
print r.x, r.y, r.z, sorted(r._fields.items()), '_fields' in r.__dict__, 'z' in r.__dict__
class Plain(object):
    pass
p = Plain()
setattr(p, 'dynamic', 5)
print p.dynamic, getattr(p, 'dynamic'), hasattr(p, 'dynamic')
delattr(p, 'dynamic')
print hasattr(p, 'dynamic')
try:
    delattr(p, 'dynamic')
except AttributeError as e:
    print 'AttributeError:', e
class GetAttribute(object):
    x = 'class x'
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
g = GetAttribute()
print g.secret, g.x
