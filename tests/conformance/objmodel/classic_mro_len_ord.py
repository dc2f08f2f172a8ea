# Classic classes: depth-first MRO (object last), len() of a classic instance
# asks the instance (AttributeError when missing); ord() of a str subclass;
# execfile() checks its namespaces first; dir() of a module subclass.
class A:
    x = 1
    def who(self): return 'A'
class B(A):
    pass
class C(A):
    x = 2
    def who(self): return 'C'
    def __repr__(self): return '<C-ish>'
class D(B, C):
    pass
print D.x, D().who(), repr(D())
class E(D, object):
    pass
print [k.__name__ for k in E.__mro__]
print E.x, E().who()
class F(C, B):
    pass
print F.x, F().who()

class Classic: pass
class WithLen:
    def __len__(self): return 3
c = Classic()
try: len(c)
except AttributeError: print "AttributeError for len()"
c.__len__ = lambda: 7
print len(c), len(WithLen())
class Dyn:
    def __getattr__(self, name):
        if name == '__len__': return lambda: 11
        raise AttributeError(name)
print len(Dyn())
class New(object): pass
try: len(New())
except TypeError as e: print "TypeError", e

class octet(str): pass
print ord(octet('A')), ord(octet('\xff'))
try: ord(octet('ab'))
except TypeError as e: print "TypeError", e

for args in [('nofile', {}, ()), ('nofile', ()), ('nofile', {}, 5)]:
    try: execfile(*args)
    except TypeError as e: print "TypeError", e
try: execfile('/nonexistent/file.py')
except IOError as e: print "IOError", e.errno

import types
class Mod(types.ModuleType):
    __dict__ = 8
try: dir(Mod('foo'))
except TypeError as e: print "TypeError", str(e).endswith('.__dict__ is not a dictionary')
class Mod2(types.ModuleType):
    pass
m = Mod2('bar')
m.zz = 1
print [n for n in dir(m) if not n.startswith('__')]
