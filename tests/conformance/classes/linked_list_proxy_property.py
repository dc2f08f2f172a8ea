# A linked list class, shared class attributes, __getattr__/__setattr__ proxy, __getattribute__, property deleter.
class Node(object):
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList(object):
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return self.size
    def __repr__(self): return 'LinkedList(%r)' % list(self)
    def __str__(self): return ' -> '.join(map(str, self)) or 'empty'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __contains__(self, v): return any(x == v for x in self)
    def __getitem__(self, i):
        for j, x in enumerate(self):
            if j == i: return x
        raise IndexError('LinkedList index out of range')
ll = LinkedList([1, 2, 3])
print ll, repr(ll), len(ll), 2 in ll, 5 in ll, ll[1]
ll.reverse(); print ll
print str(LinkedList()), bool(LinkedList()), bool(ll)
try:
    ll[10]
except IndexError as e:
    print e
class Shared(object):
    items = []
    def add(self, x): self.items.append(x)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print a.items, Shared.items, a.items is b.items
class Proxy(object):
    def __init__(self, obj):
        object.__setattr__(self, '_obj', obj)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._obj, name)
    def __setattr__(self, name, v):
        self.log.append('set ' + name)
        setattr(self._obj, name, v)
p = Proxy(Shared())
p.add(3); p.x = 5
print p.log, p._obj.x
class Audited(object):
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError('no access to %s' % name)
        return object.__getattribute__(self, name)
au = Audited(); au.secret_x = 1; au.pub = 2
print au.pub, hasattr(au, 'secret_x')
class P(object):
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): print 'deleting'; del self._x
    x = property(getx, setx, delx, 'the x')
pp = P(); pp.x = 4; print pp.x; del pp.x; print hasattr(pp, '_x'), P.x.__doc__
class OnlyEq(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) in [OnlyEq(1)]
class Base(object):
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return '<%s>' % type(self).__name__
class Derived(Base):
    @classmethod
    def create(cls):
        obj = super(Derived, cls).create()
        obj.extra = True
        return obj
print Base.create(), Derived.create(), Derived.create().extra
class Fmt(object):
    def __format__(self, spec): return 'Fmt[%s]' % spec
print '{0:xyz} {0}'.format(Fmt()), format(Fmt(), 'q')
class Uni(object):
    def __str__(self): return 'str!'
print '%s' % Uni(), str(Uni()), '{}'.format(Uni())
class NoRepr(object): pass
print repr(NoRepr()).startswith('<__main__.NoRepr object at 0x'), str(NoRepr()).startswith('<__main__.NoRepr object')
print NoRepr, Node.__init__, type(Node.__dict__['__init__']).__name__
print Node.__doc__, LinkedList.__len__.__name__, callable(Node)
