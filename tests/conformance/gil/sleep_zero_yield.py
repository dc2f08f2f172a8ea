# time.sleep(0) from two threads taking turns on a shared flag.
import threading
import time

turn = [0]
log = []
deadline = time.time() + 30


def player(me, rounds):
    for i in range(rounds):
        while turn[0] != me and time.time() < deadline:
            time.sleep(0)
        log.append(me)
        turn[0] = 1 - me

ts = [threading.Thread(target=player, args=(k, 25)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print len(log), log == [0, 1] * 25
