# The low-level thread module: start_new_thread and allocate_lock.
import thread

lock = thread.allocate_lock()
done = []
counter = [0]
finished = thread.allocate_lock()
finished.acquire()


def work(k, n):
    for i in range(n):
        with lock:
            counter[0] += 1
    with lock:
        done.append(k)
        if len(done) == 4:
            finished.release()

for k in range(4):
    thread.start_new_thread(work, (k, 2500))
finished.acquire()
print counter[0], sorted(done)
