# 2.7 raises classic classes and instances, and except clauses match them.
class AClass: pass
class BClass(AClass): pass
class CClass: pass
class DClass(AClass):
    def __init__(self, ignore): pass
try: raise AClass()
except: print 'bare'
try: raise AClass()
except AClass: print 'A'
try: raise BClass()
except AClass as v: print 'B as A', v.__class__.__name__
try: raise BClass()
except CClass: print 'wrong'
except: print 'other'
a = AClass(); b = BClass()
try: raise AClass, b
except BClass, v: print v is b
try: raise b
except AClass, v: print v is b
try: raise BClass, a
except TypeError as e: print 'TypeError', e
try: raise DClass, a
except DClass, v: print 'D', isinstance(v, DClass)
import sys
try: raise AClass
except: print sys.exc_info()[0].__name__, type(sys.exc_info()[1]).__name__ if False else sys.exc_info()[1].__class__.__name__
def f():
    raise CClass()
try: f()
except CClass as e: print 'C caught'
