# Bounded variant of _condition_wait_60s.py: waits 0.1 s instead of 60 s.
# Filled in where the blog lost lines (marked "added"): the import, and the
# acquire() without which wait() raises RuntimeError.
from threading import Condition                 # added
import time                                     # added
cv = Condition()
cv.acquire()                                    # added
start = time.time()                             # added
cv.wait(0.1)                   # Wait 0.1 seconds for notification (was: cv.wait(60.0))
print "returned after the timeout:", time.time() - start >= 0.09   # added
print "lock held again:", cv._is_owned()        # added
cv.release()                                    # added
