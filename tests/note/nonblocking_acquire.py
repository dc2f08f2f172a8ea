# -*- coding: utf-8 -*-
# The note's non-blocking acquire example ("Locks and Blocking").
# Filled in where the blog lost lines (marked "added"): the coding line above
# (the note's comment has a curly apostrophe), the lock, an acquire that makes
# the non-blocking one fail, and a statement for the if body.
import threading                                # added
lck = threading.Lock()                          # added
lck.acquire()                                   # added
if not lck.acquire(0):
     # lock couldn’t be acquired!
     print "lock couldn't be acquired"          # added
# "This works for Lock, RLock, and Semaphore objects":  (added, like the lines below)
for lock in (threading.RLock(), threading.Semaphore(1)):   # added
    print type(lock).__name__, lock.acquire(0)  # added
t = threading.Thread(target=lambda: results.append(lck.acquire(0)))   # added
results = []                                    # added
t.start(); t.join()                             # added
print results                                   # added
