# sys.getrefcount in the usual idioms: 2 for an object bound to one name.
import sys
class A(object): pass
a = A()
print sys.getrefcount(a)
l = []
print sys.getrefcount(l)
b = a
print sys.getrefcount(a)
def f():
    x = A()
    print sys.getrefcount(x)
    y = [x]
    print sys.getrefcount(x)
f()
d = {}
print sys.getrefcount(d)
import threading
t = threading.Thread(target=lambda: None)
t.start(); t.join()
print sys.getrefcount(t)
