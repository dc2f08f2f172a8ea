# The private classes behind the factories can be subclassed (as in 2.7).
import threading

class LoggingEvent(threading._Event):
    def __init__(self, log):
        threading._Event.__init__(self)
        self.log = log
    def set(self):
        self.log.append("set")
        threading._Event.set(self)

log = []
e = LoggingEvent(log)
t = threading.Thread(target=e.set)
t.start()
print e.wait(5), log

class CountingSemaphore(threading._Semaphore):
    def __init__(self, value):
        super(CountingSemaphore, self).__init__(value)
        self.acquired = 0
    def acquire(self, blocking=1):
        ok = super(CountingSemaphore, self).acquire(blocking)
        if ok:
            self.acquired += 1
        return ok

s = CountingSemaphore(2)
print s.acquire(), s.acquire(), s.acquire(0), s.acquired
with s if False else threading.Lock():
    pass

class NamedCondition(threading._Condition):
    def __repr__(self):
        return "<NamedCondition>"
nc = NamedCondition(threading.Lock())
print repr(nc)
with nc:
    nc.notify()
print "ok"

# Forgetting the base __init__ shows up as a missing private attribute.
class Broken(threading._Event):
    def __init__(self):
        pass
try:
    Broken().is_set()
except AttributeError as e:
    print "AttributeError"
