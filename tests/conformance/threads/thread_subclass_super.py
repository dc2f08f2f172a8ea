# Subclassing Thread with super(), overriding run, and a target subclass.
import threading

class Base(threading.Thread):
    def __init__(self, *args, **kwargs):
        super(Base, self).__init__(*args, **kwargs)
        self.log = []

class Child(Base):
    def __init__(self, value):
        super(Child, self).__init__(name="child")
        self.value = value
    def run(self):
        self.log.append("run %s in %s" % (self.value, threading.current_thread().name))

c = Child(42)
c.start()
c.join()
print c.log

# A subclass that does not override run uses the target.
got = []
b = Base(target=got.append, args=("from target",))
b.start()
b.join()
print got, b.log

# A subclass that calls Thread.run itself.
class Wrapped(threading.Thread):
    def run(self):
        got.append("before")
        threading.Thread.run(self)
        got.append("after")
w = Wrapped(target=got.append, args=("middle",))
w.start()
w.join()
print got

# The MRO and the class attributes.
# (CPython 2.7 has a private _Verbose base too.)
print [k.__name__ for k in Child.__mro__ if k.__name__ != '_Verbose']
print threading.Thread.__name__, threading.Thread.__module__
print repr(threading.Thread)
