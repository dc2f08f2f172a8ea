# The main thread's sleeps return promptly while two threads spin.
import threading
import time

stop = []
spins = [0, 0]


def spin(k):
    while not stop:
        spins[k] += 1

ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
t0 = time.time()
for i in range(10):
    time.sleep(0.02)
elapsed = time.time() - t0
stop.append(True)
for t in ts:
    t.join()
print 'main slept 10 times:', elapsed >= 0.15
print 'main was not starved:', elapsed < 10.0
print 'both spun:', spins[0] > 0 and spins[1] > 0
