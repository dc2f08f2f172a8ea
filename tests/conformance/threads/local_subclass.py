# Subclasses of threading.local: __init__ runs again in each thread, with
# the arguments of the constructor; class attributes and methods are shared.
import threading

class Context(threading.local):
    initial = "class attribute"
    def __init__(self, color, size=1):
        self.color = color
        self.size = size
        self.inits = getattr(self, "inits", 0) + 1
    def describe(self):
        return "%s/%s/%s" % (self.color, self.size, self.inits)

ctx = Context("red", size=2)
print ctx.describe(), ctx.initial
ctx.color = "blue"
out = {}
def worker(n):
    before = (ctx.color, ctx.size)
    ctx.size = n
    out[n] = (before, ctx.describe(), ctx.initial)

ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(out):
    print n, out[n]
print ctx.describe()

# Properties and __getattr__ keep working.
class WithProp(threading.local):
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v * 10
    def __getattr__(self, name):
        return "fallback " + name
w = WithProp()
w._v = 4
print w.v, w.nothing
res = []
t = threading.Thread(target=lambda: res.append((w.v, w._v, w.other)))
t.start(); t.join()
print res
try:
    w.v = 3
except AttributeError as e:
    print "AttributeError:", e
print isinstance(w, threading.local)
