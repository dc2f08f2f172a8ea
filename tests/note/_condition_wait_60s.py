# The note's Condition timeout example, as printed: it waits 60 seconds, so
# the harness skips it (leading underscore); condition_wait_timeout.py is the
# bounded variant.
# Filled in where the blog lost lines (marked "added"): the import, and the
# acquire() without which wait() raises RuntimeError.
from threading import Condition                 # added
cv = Condition()
cv.acquire()                                    # added
cv.wait(60.0)                  # Wait 60 seconds for notification
