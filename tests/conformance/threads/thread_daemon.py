# The daemon flag: default, inheritance, setting it, errors.
import threading

t = threading.Thread()
print t.daemon, t.isDaemon()
t.daemon = True
print t.daemon, t.isDaemon()
t.setDaemon(False)
print t.daemon
t.setDaemon(1)
print t.daemon
t.daemon = "yes"
print repr(t.daemon)
t.daemon = 0

print threading.current_thread().daemon
print threading.current_thread().isDaemon()

# A thread made by a daemon thread is a daemon too.
seen = []
def parent():
    child = threading.Thread(target=lambda: None)
    seen.append(("child of daemon", child.daemon))
    child.start()
    child.join()
p = threading.Thread(target=parent)
p.daemon = True
p.start()
p.join()
def parent2():
    child = threading.Thread(target=lambda: None)
    seen.append(("child of normal", child.daemon))
p2 = threading.Thread(target=parent2)
p2.start()
p2.join()
print seen

# Cannot change it once started.
ev = threading.Event()
r = threading.Thread(target=ev.wait)
r.start()
for change in (lambda: setattr(r, "daemon", True), lambda: r.setDaemon(True)):
    try:
        change()
    except RuntimeError as e:
        print "RuntimeError:", e
ev.set()
r.join()
try:
    r.daemon = False
except RuntimeError as e:
    print "RuntimeError:", e
try:
    threading.current_thread().daemon = True
except RuntimeError as e:
    print "RuntimeError:", e
