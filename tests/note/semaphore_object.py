# The note's Semaphore example (the blog lost its heading).
# Filled in where the blog lost lines (marked "added"): `import threading`,
# the work between acquire() and release() (no network: it records how many
# threads are inside at once), and the threads at the end.
import threading                                # added
import time                                     # added
inside = [0]                                    # added
peak = [0]                                      # added
fetched = []                                    # added
count_lock = threading.Lock()                   # added
sem = threading.Semaphore(5)      # No more than 5 threads allowed
def fetch_file(host,filename):
    sem.acquire()                         # Decrements count or blocks if zero
    with count_lock:                            # added
        inside[0] += 1                          # added
        peak[0] = max(peak[0], inside[0])       # added
    time.sleep(0.02)                            # added (the "download")
    with count_lock:                            # added
        inside[0] -= 1                          # added
        fetched.append("%s/%s" % (host, filename))   # added
    sem.release()                         # Increment count

ts = [threading.Thread(target=fetch_file, args=("host%d" % (i % 3), "file%02d" % i))
      for i in range(12)]                       # added
for t in ts: t.start()                          # added
for t in ts: t.join()                           # added
print sorted(fetched)                           # added
print "at most 5 at once:", peak[0] <= 5        # added
