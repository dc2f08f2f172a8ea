# Fifty threads, each computing a piece; results gathered under a lock.
import threading

lock = threading.Lock()
pieces = {}

def work(k):
    s = 0
    for i in range(k * 100, (k + 1) * 100):
        s += i * i
    with lock:
        pieces[k] = s

ts = [threading.Thread(target=work, args=(k,)) for k in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print len(pieces), sum(pieces.values()) == sum(i * i for i in range(5000))
print threading.active_count()
print sorted(set(t.name for t in ts)) == sorted("Thread-%d" % i for i in range(1, 51))
