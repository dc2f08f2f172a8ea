# An exception in an overridden run(): the other threads go on.
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

class Bad(threading.Thread):
    def run(self):
        items = {}
        print >>sys.stdout, "bad starts"
        return items["missing"]

results = []
class Good(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
    def run(self):
        results.append(self.n * self.n)

cap = Capture()
sys.stderr = cap
bad = Bad(name="Bad-1")
goods = [Good(i) for i in range(5)]
bad.start()
bad.join()
for g in goods:
    g.start()
for g in goods:
    g.join()
sys.stderr = sys.__stderr__
print cap.text()
print sorted(results)
print bad.is_alive(), [g.is_alive() for g in goods]

# The name printed is the name at the time of the exception.
class Renamer(threading.Thread):
    def run(self):
        self.name = "renamed-in-run"
        raise ValueError("after rename")
cap = Capture()
sys.stderr = cap
r = Renamer()
r.start()
r.join()
sys.stderr = sys.__stderr__
print cap.text()
