# Several non-daemon threads outlive the main script; each waits for the
# previous one, so the output order is fixed.
import threading
import time

events = [threading.Event() for _ in range(4)]
def step(i):
    if i > 0:
        events[i - 1].wait()
    time.sleep(0.02)
    print "step", i
    events[i].set()

for i in reversed(range(4)):
    threading.Thread(target=step, args=(i,)).start()

# A daemon thread blocked forever does not hold the exit.
forever = threading.Event()
d = threading.Thread(target=forever.wait)
d.daemon = True
d.start()
print "main done"
