# Thread(target=..., args=..., kwargs=...) and join.
import threading

results = []

def work(a, b, scale=1, tag="x"):
    results.append((tag, (a + b) * scale))

t1 = threading.Thread(target=work, args=(1, 2))
t2 = threading.Thread(target=work, args=[3, 4], kwargs={"scale": 10, "tag": "y"})
t3 = threading.Thread(target=work, kwargs=dict(a=5, b=6, tag="z"))
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print sorted(results)

# No target: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print t.is_alive()

# Positional arguments in the documented order.
def show(*args, **kwargs):
    results.append(("show", args, sorted(kwargs.items())))
del results[:]
t = threading.Thread(None, show, "named", (1, 2), {"k": 3})
t.start(); t.join()
print t.name, results

# A target that is a bound method and one that is a class.
class Acc(object):
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
acc = Acc()
ts = [threading.Thread(target=acc.add, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print acc.total

made = []
class Maker(object):
    def __init__(self, v):
        made.append(v)
t = threading.Thread(target=Maker, args=("made",))
t.start(); t.join()
print made
