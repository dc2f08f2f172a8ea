# Default names Thread-N, explicit names, name/getName/setName.
import threading

a = threading.Thread()
b = threading.Thread(name="worker")
c = threading.Thread()
print a.name, b.name, c.name
print a.getName(), b.getName()

# An empty name is replaced, and the counter goes on.
d = threading.Thread(name="")
print d.name
# Names are made str().
e = threading.Thread(name=123)
print repr(e.name)
e.name = 4.5
print repr(e.name)
e.setName(None)
print repr(e.getName())
e.setName("renamed")
print e.name

# A subclass with its own default name counts too.
class T(threading.Thread):
    pass
print T().name

def show():
    print threading.current_thread().name
t = threading.Thread(target=show)
t.start(); t.join()
t = threading.Thread(target=show, name="custom")
t.start(); t.join()
print t.name
