# A subclass whose __init__ forgets Thread.__init__.
import threading

class Forgot(threading.Thread):
    def __init__(self):
        self.x = 1
    def run(self):
        print "never"

f = Forgot()
tests = [
    ("start", lambda: f.start()),
    ("join", lambda: f.join()),
    ("is_alive", lambda: f.is_alive()),
    ("isAlive", lambda: f.isAlive()),
    ("name", lambda: f.name),
    ("getName", lambda: f.getName()),
    ("setName", lambda: f.setName("x")),
    ("ident", lambda: f.ident),
    ("daemon", lambda: f.daemon),
    ("isDaemon", lambda: f.isDaemon()),
    ("set daemon", lambda: setattr(f, "daemon", True)),
    ("setDaemon", lambda: f.setDaemon(True)),
    ("repr", lambda: repr(f)),
]
for label, fn in tests:
    try:
        fn()
        print label, "ok"
    except Exception as e:
        print label, type(e).__name__, e
# Calling it later fixes everything.
threading.Thread.__init__(f, name="late")
print f.name
f.start()
f.join()
