# The classic producer / consumer with a Condition.
import threading

items = []
cv = threading.Condition()
consumed = []
DONE = object()

def consumer(n):
    while True:
        cv.acquire()
        while not items:
            cv.wait()
        item = items.pop(0)
        cv.release()
        if item is DONE:
            return
        consumed.append((n, item))

def producer(start):
    for i in range(start, start + 50):
        cv.acquire()
        items.append(i)
        cv.notify()
        cv.release()

consumers = [threading.Thread(target=consumer, args=(n,)) for n in range(3)]
producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
with cv:
    items.extend([DONE] * len(consumers))
    cv.notify_all()
for t in consumers:
    t.join()
values = sorted(v for _, v in consumed)
print len(values), values == sorted(range(0, 50) + range(100, 150) + range(200, 250) + range(300, 350))
print items
