# Fifty threads, each with its own slot of the result.
import threading

results = [None] * 50


def work(k):
    total = 0
    for i in range(k * 100):
        total += i
    results[k] = total

ts = [threading.Thread(target=work, args=(k,)) for k in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print results[:5], results[-1]
print sum(results), None in results
