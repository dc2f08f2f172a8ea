# With a small switch interval (where there is one), two CPU-bound threads
# still both make progress and get correct results.
import sys
import threading

if hasattr(sys, 'setswitchinterval'):
    sys.setswitchinterval(0.0005)
results = {}


def work(k):
    total = 0
    for i in range(100000):
        total += i % (k + 2)
    results[k] = total

ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(results.items())
if hasattr(sys, 'setswitchinterval'):
    sys.setswitchinterval(0.005)
