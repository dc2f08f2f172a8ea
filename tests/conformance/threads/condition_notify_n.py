# notify(n) wakes n waiters; notify_all wakes the rest.
import threading
import time

c = threading.Condition()
waiting = [0]
woken = []

def waiter(i):
    with c:
        waiting[0] += 1
        c.wait()
        woken.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()

def wait_for(pred):
    while True:
        with c:
            if pred():
                return
        time.sleep(0.005)

wait_for(lambda: waiting[0] == 5)
with c:
    c.notify(2)
wait_for(lambda: len(woken) == 2)
time.sleep(0.05)
with c:
    print "after notify(2):", len(woken)
    c.notify()
wait_for(lambda: len(woken) == 3)
time.sleep(0.05)
with c:
    print "after notify():", len(woken)
    c.notify_all()
for t in ts:
    t.join()
print "after notify_all:", len(woken), sorted(woken)
