# getsourcefile for loader-served / linecache'd files, whole-module source
# for module-level frames, unbound-method equality (getmembers finds B.f).
import inspect
import sys
import linecache
from types import ModuleType

m = sys.modules['__inspect_dummy'] = ModuleType('__inspect_dummy')
m.__file__ = '<string>'
m.__loader__ = 'dummy'
exec "def x(): pass" in m.__dict__
print inspect.getsourcefile(m.x.func_code), inspect.getsourcefile(m.x)
del sys.modules['__inspect_dummy']

n = sys.modules['__inspect_dummy2'] = ModuleType('__inspect_dummy2')
n.__file__ = '<nowhere>'
exec "def y(): pass" in n.__dict__
print inspect.getsourcefile(n.y)
source = 'def z():\n    return 1\n'
co = compile(source, '<fake>', 'exec')
ns = {}
exec co in ns
linecache.cache['<fake>'] = (len(source), None, source.splitlines(True), '<fake>')
print inspect.getsourcefile(ns['z']), repr(inspect.getsource(ns['z']))
del linecache.cache['<fake>']
print inspect.getsourcefile(ns['z'])

class B(object):
    def f(self):
        pass
class C(B):
    pass
print B.f == B.f, B.f != B.f, B.f == C.f, B.f == B().f, hash(B.f) == hash(C.f)
print ('f', B.f) in inspect.getmembers(B), [k for k, v in inspect.getmembers(C, inspect.ismethod)]

top = sys._getframe()
lines, start = inspect.getsourcelines(top)
print start, lines[0].strip(), len(lines) > 30
try:
    raise ValueError
except ValueError:
    tb = sys.exc_info()[2]
lines, start = inspect.getsourcelines(tb)
print start, lines[0].strip()
def inner():
    return sys._getframe()
lines, start = inspect.getsourcelines(inner())
print start, [l.strip() for l in lines]

# findsource reads through linecache.getlines (doctest patches it)
fn, src = '<test>', 'def w(): pass\n'
real = linecache.getlines
def monkey(filename, module_globals=None):
    if filename == fn:
        return src.splitlines(True)
    return real(filename, module_globals)
linecache.getlines = monkey
try:
    ns = {}
    exec compile(src, fn, 'single') in ns
    print repr(inspect.getsource(ns['w']))
finally:
    linecache.getlines = real
try:
    inspect.getsource(ns['w'])
except IOError as e:
    print 'IOError', e
