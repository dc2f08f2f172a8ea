# Two threads take turns through a pair of Events: a fixed sequence.
import threading

ping = threading.Event()
pong = threading.Event()
log = []
ROUNDS = 30


def player_a():
    for i in range(ROUNDS):
        log.append('a%d' % i)
        pong.clear()
        ping.set()
        pong.wait()


def player_b():
    for i in range(ROUNDS):
        ping.wait()
        ping.clear()
        log.append('b%d' % i)
        pong.set()

ta = threading.Thread(target=player_a)
tb = threading.Thread(target=player_b)
tb.start()
ta.start()
ta.join()
tb.join()
expected = []
for i in range(ROUNDS):
    expected += ['a%d' % i, 'b%d' % i]
print log == expected, len(log)
print log[:6]
