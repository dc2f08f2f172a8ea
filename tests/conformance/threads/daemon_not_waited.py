# Daemon threads do not keep the process alive; they are killed at exit.
import threading
import time

def spin():
    while True:
        time.sleep(0.01)

def blocked():
    threading.Event().wait()

for f in (spin, blocked):
    t = threading.Thread(target=f)
    t.setDaemon(True)
    t.start()
print threading.active_count()
print "exiting with daemon threads alive"
