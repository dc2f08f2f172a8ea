# Bounded variant of _print_time_class_forever.py (the note's PrintTime
# example): interval 0.02 s instead of 5 s, three iterations instead of
# `while 1`, and a deterministic line instead of time.ctime(). The interpreter
# waits for the thread at exit, as it would for the original.
import threading, time
class PrintTime(threading.Thread):
    def __init__(self,interval):
        threading.Thread.__init__(self)         # Required
        self.interval = interval
    def run(self):
        for i in range(3):                      # was: while 1:
            time.sleep(self.interval)           # added (lost by the blog)
            print "tick", i, self.getName()     # was: print time.ctime(time.time())
t = PrintTime(0.02)                                # Create a thread object
t.start()                                             # Start it
