# An exception in a Timer's function is reported like any thread's.
import sys
import threading

class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
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

def boom(what):
    raise RuntimeError("timer says " + what)

cap = Capture()
sys.stderr = cap
t = threading.Timer(0.01, boom, ["hi"])
t.start()
t.join()
sys.stderr = sys.__stderr__
print cap.text()
print t.finished.is_set()
