# counter += 1 from 4 threads holding a Lock never loses an update.
import threading

counter = [0]
lock = threading.Lock()
N = 5000


def work():
    for i in range(N):
        lock.acquire()
        counter[0] += 1
        lock.release()

ts = [threading.Thread(target=work) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print counter[0], counter[0] == 4 * N
