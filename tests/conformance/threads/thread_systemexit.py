# SystemExit ends a thread quietly: sys.exit(), thread.exit(), raise SystemExit.
import sys
import thread
import threading

log = []
def by_sys_exit():
    log.append("a1")
    sys.exit(3)
    log.append("a2")
def by_thread_exit():
    log.append("b1")
    thread.exit()
    log.append("b2")
def by_raise():
    log.append("c1")
    raise SystemExit("message that is not printed")

for f in (by_sys_exit, by_thread_exit, by_raise):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print f.__name__, t.is_alive()
print log
print "main continues"
