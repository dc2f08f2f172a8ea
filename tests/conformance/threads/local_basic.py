# threading.local: one set of attributes per thread.
import threading

data = threading.local()
data.x = "main"
data.items = [1]
results = {}

def worker(n):
    print_missing = not hasattr(data, "x")
    data.x = "worker %d" % n
    data.items = [n] * n
    results[n] = (print_missing, data.x, data.items, sorted(data.__dict__))

ts = [threading.Thread(target=worker, args=(n,)) for n in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(results):
    print n, results[n]
print data.x, data.items
print sorted(data.__dict__.items())

try:
    data.missing
except AttributeError as e:
    print "AttributeError:", e
print getattr(data, "missing", "default")
del data.items
print hasattr(data, "items")
try:
    del data.items
except AttributeError as e:
    print "AttributeError:", e
try:
    data.__dict__ = {}
except AttributeError as e:
    print "AttributeError:", e
try:
    threading.local(1)
except TypeError as e:
    print "TypeError:", e
try:
    threading.local(a=1)
except TypeError as e:
    print "TypeError:", e
print type(data).__name__
