# Augmented assignment to an attribute or a constant subscript of a local
# (compiled to in-place superinstructions): same results, hooks and errors.
class Logged(object):
    def __init__(self):
        self.__dict__['log'] = []
        self.__dict__['n'] = 1
    def __getattr__(self, name):
        self.log.append(('get', name))
        return 10
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        self.__dict__[name] = value

class Box(object):
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        print 'getitem', k
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        print 'setitem', k, v
        self.items[k] = v

def attrs():
    o = Logged()
    o.n += 5
    o.missing += 1
    o.n *= 2
    print o.n, o.missing, o.log

def subscripts():
    l = [1, 2.5, 'a', [0]]
    l[0] += 10
    l[1] *= 2
    l[2] += 'b'
    l[3] += [1]
    l[-1] += [2]
    d = {'k': 1}
    d['k'] -= 3
    d['new'] = 4
    l[0] = 7
    b = Box()
    b[3] += 4
    b['x'] = 1
    print l, sorted(d.items()), sorted(b.items.items())

def errors():
    l = [1]
    try:
        l[5] += 1
    except IndexError as e:
        print 'IndexError', e
    d = {}
    try:
        d['nope'] += 1
    except KeyError as e:
        print 'KeyError', e
    class P(object):
        pass
    p = P()
    try:
        p.x += 1
    except AttributeError as e:
        print 'AttributeError', e
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print 'TypeError', e
    try:
        u.a += 1
    except UnboundLocalError as e:
        print 'UnboundLocalError', e
    u = None

def order():
    calls = []
    class C(object):
        def __init__(self):
            self.v = 1
        def __getattribute__(self, name):
            calls.append('get ' + name)
            return object.__getattribute__(self, name)
        def __setattr__(self, name, value):
            calls.append('set ' + name)
            object.__setattr__(self, name, value)
    c = C()
    def rhs():
        calls.append('rhs')
        return 2
    c.v += rhs()
    print c.v, calls

attrs()
subscripts()
errors()
order()

def uncaught():
    x = [1, 2]
    x[1] += None
uncaught()
