# One thread sets an Event; every waiter wakes up.
import threading

start = threading.Event()
lock = threading.Lock()
woke = []

def waiter(i):
    r = start.wait()
    with lock:
        woke.append((i, r))

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
print "before set:", woke
setter = threading.Thread(target=start.set)
setter.start()
setter.join()
for t in ts:
    t.join()
print sorted(woke)

# A waiter with a timeout that is set in time returns True.
e = threading.Event()
res = []
def timed():
    res.append(e.wait(10))
t = threading.Thread(target=timed)
t.start()
e.set()
t.join()
print res

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
p = threading.Thread(target=player)
p.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print log
