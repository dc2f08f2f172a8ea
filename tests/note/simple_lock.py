# The note's "Simple locks" example (thread.allocate_lock).
# The blog printed the critical section as "..." (an ellipsis); it is filled in with an
# update of shared data. The lines after foo() (marked "added") start four
# threads that each call foo() 500 times and wait for them.
import thread

lk = thread.allocate_lock()
counter = [0]                                   # added
def foo():
    lk.acquire()         # Acquire the lock
    counter[0] += 1      #critical section (the blog's "...")
    lk.release()         # Release the lock

finished = []                                   # added
def worker():                                   # added
    for i in range(500):                        # added
        foo()                                   # added
    lk.acquire()                                # added
    finished.append(1)                          # added
    lk.release()                                # added
for i in range(4):                              # added
    thread.start_new_thread(worker, ())         # added
import time                                     # added
while len(finished) < 4:                        # added
    time.sleep(0.01)                            # added
print counter[0]                                # added
