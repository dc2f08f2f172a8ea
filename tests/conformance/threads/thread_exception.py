# An uncaught exception in a target: "Exception in thread NAME:" and the
# traceback go to sys.stderr (captured here; the frames inside threading.py
# itself are dropped, since they name CPython's install path).
import sys
import threading

class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def text(self):
        out = []
        skip = False
        for line in "".join(self.parts).split("\n"):
            if skip:
                skip = False
                continue
            if line.startswith('  File "') and "threading.py" in line:
                skip = True
                continue
            out.append(line)
        return "\n".join(out)

def divide(x):
    return 10 / x

def fail(x):
    return divide(x)

cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fail, args=(0,))
t.start()
t.join()
sys.stderr = sys.__stderr__
print cap.text()
print "alive:", t.is_alive()
print "active:", threading.active_count()

cap = Capture()
sys.stderr = cap
t = threading.Thread(target=fail, args=("x",), name="bad-arg")
t.start()
t.join()
sys.stderr = sys.__stderr__
print cap.text()

# An exception class of our own, with an argument tuple.
class Oops(Exception):
    pass
def raise_oops():
    raise Oops("one", 2)
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=raise_oops)
t.start()
t.join()
sys.stderr = sys.__stderr__
print cap.text()
print "done"
