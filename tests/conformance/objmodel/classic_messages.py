# Classic instances and classes in error messages, repr and str: the type is
# named 'instance', missing methods are AttributeErrors naming the instance.
class C: pass
c = C()
def show(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
show(lambda: c.x)
show(lambda: C.x)
show(lambda: len(c))
show(lambda: c())
show(lambda: c[1])
show(lambda: iter(c))
show(lambda: -c)
show(lambda: ~c)
show(lambda: '%d' % c)
show(lambda: c + 1)
show(lambda: 1 - c)
print str(C), repr(C).split(' at ')[0], repr(c).split(' at ')[0]
class D(C):
    def __repr__(self): return 'D!'
print repr(D()), str(D()), str(D)
class N(object): pass
print repr(N).split(' at ')[0], repr(N()).split(' at ')[0]
show(lambda: N().x)
show(lambda: N() + 1)
