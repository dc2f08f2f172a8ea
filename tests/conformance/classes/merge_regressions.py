for k in (UnicodeEncodeError, ValueError, KeyError, EnvironmentError, SystemExit):
    e = k.__new__(k)
    print k.__name__, repr(str(e)), e.args
e = ValueError.__new__(ValueError, 1, 2)
print e.args
class E(Exception):
    def __init__(self, x): self.x = x
e = E(5); print e.x, e.args
try:
    object.__new__(ValueError)
except TypeError as ex: print ex
class C(object):
    def getDict(self): return {'a': 2}
    __dict__ = property(fget=getDict)
print vars(C())
class D(object): pass
d = D(); d.x = 1; print vars(d)
import operator
class It:
    def __init__(self): self.i = 0
    def next(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
class S:
    def __iter__(self): return It()
print operator.indexOf(S(), 2), operator.countOf(S(), 3), operator.contains(S(), 3)
print str(UnicodeEncodeError.__new__(UnicodeEncodeError)) == ''
