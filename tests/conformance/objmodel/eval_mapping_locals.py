# eval/exec with a locals mapping that is not a dict: lookups, stores, deletes,
# locals() and dir() go through the mapping's methods.
import UserDict
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print eval('a', g, m)
try: eval('b', g, m)
except NameError as e: print "NameError", e
print eval('dir()', g, m), eval('globals()', g, m) is g, eval('locals()', g, m) is m
class A: pass
for bad in (A(), 5):
    for f in (lambda: eval('a', g, bad), lambda: eval('a', bad)):
        try: f()
        except TypeError as e: print "TypeError", e
try: exec 'a' in {}, A()
except TypeError as e: print "TypeError", e
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print eval('a', g, d), eval('dir()', g, d), eval('locals()', g, d) is d
try: eval('b', g, d)
except NameError as e: print "NameError", e
print eval('[locals() is d for i in (2,3)]', g, d), sorted(dict.items(d))
u = UserDict.UserDict()
eval('[i for i in (2,3)]', g, u)
print u.data
class SpreadSheet:
    _cells = {}
    def __setitem__(self, key, formula):
        self._cells[key] = formula
    def __getitem__(self, key):
        return eval(self._cells[key], globals(), self)
ss = SpreadSheet()
ss['a1'] = '5'
ss['a2'] = 'a1*6'
ss['a3'] = 'a2*7'
print ss['a3']
class C:
    def __getitem__(self, item):
        raise KeyError(item)
    def keys(self):
        return 'a'
try: eval('dir()', globals(), C())
except TypeError as e: print "TypeError", e
class Rec(object):
    def __init__(self): self.d = {}; self.log = []
    def __getitem__(self, k): self.log.append(('get', k)); return self.d[k]
    def __setitem__(self, k, v): self.log.append(('set', k)); self.d[k] = v
    def __delitem__(self, k): self.log.append(('del', k)); del self.d[k]
r = Rec()
exec "x = 1\ny = x + 1\ndel x\ndef f(): return len\nz = f()" in {}, r
print sorted(r.d), r.log
try: exec "del nope" in {}, r
except NameError as e: print "NameError", e
