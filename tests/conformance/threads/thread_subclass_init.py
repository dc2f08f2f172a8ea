# Subclassing Thread, calling threading.Thread.__init__(self).
import threading

class Worker(threading.Thread):
    def __init__(self, n, out):
        threading.Thread.__init__(self)
        self.n = n
        self.out = out

    def run(self):
        total = 0
        for i in range(self.n):
            total += i
        self.out.append((self.n, total))

out = []
workers = [Worker(n, out) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print sorted(out)
print [w.name for w in workers]
print [w.is_alive() for w in workers]
print isinstance(workers[0], threading.Thread), type(workers[0]).__name__
print issubclass(Worker, threading.Thread)

# A subclass that keeps its own attributes next to the thread's.
class Named(threading.Thread):
    def __init__(self, label):
        threading.Thread.__init__(self, name="named-" + label)
        self.label = label
        self.result = None
    def run(self):
        self.result = self.label.upper() + ":" + threading.current_thread().name
n = Named("abc")
n.start()
n.join()
print n.result, n.label, n.getName()
