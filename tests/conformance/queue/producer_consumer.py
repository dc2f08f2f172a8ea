# Several producers and consumers on a bounded queue.
import Queue
import threading

q = Queue.Queue(5)
got = []
got_lock = threading.Lock()
NPROD = 3
NCONS = 4
PER = 300


def producer(k):
    for i in range(PER):
        q.put((k, i))


def consumer():
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with got_lock:
        got.extend(mine)

cons = [threading.Thread(target=consumer) for i in range(NCONS)]
prods = [threading.Thread(target=producer, args=(k,)) for k in range(NPROD)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for t in cons:
    q.put(None)
for t in cons:
    t.join()
print len(got), len(set(got))
print sorted(got)[:3], sorted(got)[-2:]
for k in range(NPROD):
    seq = [i for (kk, i) in got if kk == k]
    print k, len(seq), sum(seq)
print q.empty()
