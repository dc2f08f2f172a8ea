# The note's first example (thread.start_new_thread), as printed.
# Filled in where the blog lost lines:
#   - added `time.sleep(delay)` in the loop (the blog kept only a blank line);
#   - restored the indentation of the `print` line under `while 1:`.
# It loops forever, so the harness skips it (leading underscore); print_time.py
# is the bounded variant that runs as a test. (As printed, the main thread
# ends right away, which ends the process and the printing thread with it.)
import thread
import time
def print_time(delay):
    while 1:
        time.sleep(delay)                       # added
        print time.ctime(time.time())
thread.start_new_thread(print_time,(5,))      # Start the thread
# Go do something else
