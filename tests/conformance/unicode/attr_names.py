# Attribute names given as unicode are encoded as ASCII (getattr, setattr, type.__setattr__ ...).
class C(object): pass
c = C()
setattr(c, u'x', 1); print getattr(c, u'x'), hasattr(c, u'x'), c.x
delattr(c, u'x'); print hasattr(c, 'x')
class D: pass
d = D(); setattr(d, u'y', 2); print d.y, getattr(d, u'y')
setattr(C, u'z', 3); print C.z
try: setattr(c, u'\xe9', 1)
except Exception as e: print type(e).__name__, e
object.__setattr__(c, u'w', 4); print c.w
type.__setattr__(C, u'q', 5); print C.q
try: type.__setattr__(C, 1, 2)
except Exception as e: print type(e).__name__, e
