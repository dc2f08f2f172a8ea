# Exception subclasses calling the base __init__, custom __str__/__repr__, KeyError str, handler order.
class F(Exception):
    def __init__(self, msg):
        super(F, self).__init__('F: ' + msg)
print F('boom').args, str(F('boom'))
class G(ValueError):
    pass
print G('a', 'b'), repr(G()), G(1).args
class H(Exception):
    def __str__(self): return 'H!'
    def __repr__(self): return 'H()'
print str(H()), repr(H()), [H()], '%s' % H()
class KE(KeyError): pass
print str(KE('k')), str(KeyError('k')), str(KeyError(1, 2)), repr(KE('k'))
try:
    raise F('7')
except ((TypeError, F), ValueError) as err:
    print 'nested tuple matched', err
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in (Base, Mid, Leaf):
    try:
        raise cls('msg')
    except Leaf:
        print 'Leaf handler'
    except Mid as m:
        print 'Mid handler', type(m).__name__
    except Base:
        print 'Base handler'
e = F('x')
e.extra = 'attr'
print e.extra, e.message
raise G('uncaught', 2)
