# Event: set, clear, is_set/isSet, wait with and without a timeout.
import threading

e = threading.Event()
print e.is_set(), e.isSet()
print e.wait(0.01), e.wait(0), e.wait(-1)
e.set()
print e.is_set(), e.wait(), e.wait(5), e.wait(0)
e.set()
print e.isSet()
e.clear()
print e.is_set(), e.wait(0.01)
e.clear()
print e.is_set()
print type(e).__name__, isinstance(e, threading._Event)
try:
    e.wait("x")
except TypeError as x:
    print "TypeError:", x
try:
    e.set(1)
except TypeError as x:
    print "TypeError:", x
