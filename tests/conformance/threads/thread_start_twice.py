# start() twice, and start() after the thread finished.
import threading

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print "RuntimeError:", e
t.join()
try:
    t.start()
except RuntimeError as e:
    print "RuntimeError:", e

class T(threading.Thread):
    def run(self):
        pass
t = T()
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print "RuntimeError:", e
print t.is_alive()

# The main thread is already started.
try:
    threading.current_thread().start()
except RuntimeError as e:
    print "RuntimeError:", e
