# join() errors and join with a timeout.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    t.join(1)
except RuntimeError as e:
    print "RuntimeError:", e

try:
    threading.current_thread().join()
except RuntimeError as e:
    print "RuntimeError:", e

errors = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))
s = threading.Thread(target=join_self)
s.start()
s.join()
print errors

# join(timeout) on a thread that is still blocked returns None; is_alive says it timed out.
ev = threading.Event()
w = threading.Thread(target=ev.wait)
w.start()
print w.join(0.05), w.is_alive()
print w.join(0), w.is_alive()
print w.join(-1), w.is_alive()
ev.set()
print w.join(), w.is_alive()
# Joining again is fine.
print w.join(), w.join(1.0)

try:
    w.join("soon")
except TypeError as e:
    print "TypeError:", e

try:
    w.join(1, 2)
except TypeError as e:
    print "TypeError:", e
