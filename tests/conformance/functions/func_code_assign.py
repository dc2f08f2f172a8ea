def f(a, b=2): return a + b
def g(a, b=10, c=20): return a * b + c
print f(1)
f.func_defaults = (5,)
print f(1), f.__defaults__
f.__defaults__ = None
try: f(1)
except TypeError as e: print e
del f.func_defaults
print f.func_defaults
f.func_defaults = (7, 8)
print f(1)
f.func_code = g.func_code
print f(1), f(1, 2, 3), f.__name__, f.func_code.co_name
try: f.func_defaults = [1]
except TypeError as e: print e
try: f.func_code = 1
except TypeError as e: print e
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
try: i.func_code = g.func_code
except ValueError as e: print e
try: f.__code__ = i.__code__
except ValueError as e: print e
def gen(): yield 1; yield 2
def h(): return 3
h.func_code = gen.func_code
print list(h())
class C(object):
    def m(self, k=1): return k
C.m.im_func.func_defaults = (9,)
print C().m()
C.m.im_func.func_code = (lambda self, k=3: k * 2).func_code
print C().m(), C().m(4)
def rec(n): return 0 if n == 0 else rec(n - 1) + 1
import copy
def cp(): return 'orig'
def other(): return 'other'
cp.__code__ = other.__code__
print cp(), map(cp, [])
print apply(cp, ())
# A running frame keeps the code it started with.
def slow():
    slow.func_code = other.func_code
    return 'first run'
print slow(), slow()
# Threads calling while another thread swaps the defaults.
import threading
def t(x=0): return x
def worker(out):
    s = 0
    for i in range(2000):
        s += t()
    out.append(s >= 0)
def swapper():
    for i in range(2000):
        t.func_defaults = (i % 3,)
res = []
ts = [threading.Thread(target=worker, args=(res,)) for _ in range(2)] + [threading.Thread(target=swapper)]
for th in ts: th.start()
for th in ts: th.join()
print res
