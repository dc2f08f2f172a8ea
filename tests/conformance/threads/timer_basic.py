# Timer calls a function after a delay, with args and kwargs; cancel() stops it.
import threading
import time

out = []
def hello(a, b=0):
    out.append((a, b, threading.current_thread().name))

t = threading.Timer(0.05, hello, args=["x"], kwargs={"b": 2})
print isinstance(t, threading.Thread), t.name
t.start()
t.join()
print out

t = threading.Timer(0.01, hello, ("pos",))
t.start(); t.join()
print out[-1][:2]

c = threading.Timer(10, hello, ["never"])
c.start()
time.sleep(0.01)
c.cancel()
c.join()
print len(out), c.is_alive(), c.finished.is_set()

# Cancelled before start: nothing happens.
c2 = threading.Timer(0, hello, ["cancelled"])
c2.cancel()
c2.start()
c2.join()
print len(out)

# The attributes threading.py sets.
t = threading.Timer(1.5, hello)
print t.interval, t.function is hello, t.args, t.kwargs, t.finished.is_set()
try:
    threading.Timer()
except TypeError as e:
    print "TypeError:", e
try:
    threading.Timer(1)
except TypeError as e:
    print "TypeError:", e
