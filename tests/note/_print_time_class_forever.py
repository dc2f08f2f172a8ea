# The note's Thread subclass example (PrintTime), as printed.
# Filled in where the blog lost lines:
#   - added `time.sleep(self.interval)` in the loop;
#   - restored the indentation of the `print` line under `while 1:`.
# The thread prints the time every 5 seconds forever (and, not being a daemon,
# keeps the process alive), so the harness skips it (leading underscore);
# print_time_class.py is the bounded variant that runs as a test.
import threading, time
class PrintTime(threading.Thread):
    def __init__(self,interval):
        threading.Thread.__init__(self)         # Required
        self.interval = interval
    def run(self):
        while 1:
            time.sleep(self.interval)           # added
            print time.ctime(time.time())
t = PrintTime(5)                                   # Create a thread object
t.start()                                             # Start it
