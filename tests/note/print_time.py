# Bounded variant of _print_time_forever.py (the note's thread.start_new_thread
# example): a 0.05 s delay instead of 5 s, three iterations instead of
# `while 1`, a deterministic line instead of time.ctime(), and a lock with
# which the main thread waits for the printing thread.
import thread
import time
done = thread.allocate_lock()                   # added
done.acquire()                                  # added
def print_time(delay):
    for i in range(3):                          # was: while 1:
        time.sleep(delay)                       # added (lost by the blog)
        print "tick", i                         # was: print time.ctime(time.time())
    done.release()                              # added
thread.start_new_thread(print_time,(0.05,))      # Start the thread
# Go do something else
print "main thread goes on"                     # added
done.acquire()                                  # added
print "printing thread finished"                # added
