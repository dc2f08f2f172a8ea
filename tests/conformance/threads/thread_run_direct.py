# Calling run() directly runs the target in the calling thread, once.
import threading

seen = []
def target(x):
    seen.append((x, threading.current_thread().name))

t = threading.Thread(target=target, args=("direct",))
t.run()
print seen
print t.is_alive(), t.ident
# run() forgot the target: a second call fails.
try:
    t.run()
except AttributeError as e:
    print "AttributeError:", e

# After run() the thread can still be started: run() does nothing now... but
# the attributes are gone, so the thread fails. Use a fresh one instead.
t2 = threading.Thread(target=target, args=("started",))
t2.start()
t2.join()
print seen
# The target attributes are gone after the thread ran.
print hasattr(t2, "_Thread__target"), hasattr(t2, "_Thread__args")

# The classic "thread with a return value" idiom reads the private names.
class ReturningThread(threading.Thread):
    def run(self):
        if self._Thread__target is not None:
            self.value = self._Thread__target(*self._Thread__args, **self._Thread__kwargs)
r = ReturningThread(target=lambda a, b=1: a * b, args=(6,), kwargs={"b": 7})
r.start()
r.join()
print r.value
