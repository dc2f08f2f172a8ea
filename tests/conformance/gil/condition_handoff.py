# Condition wait/notify hands items over one at a time, in order.
import threading

cond = threading.Condition()
box = []
received = []
N = 40


def consumer():
    for i in range(N):
        with cond:
            while not box:
                cond.wait()
            received.append(box.pop())
            cond.notify()


def producer():
    for i in range(N):
        with cond:
            while box:
                cond.wait()
            box.append(i * i)
            cond.notify()

tc = threading.Thread(target=consumer)
tp = threading.Thread(target=producer)
tc.start()
tp.start()
tp.join()
tc.join()
print received == [i * i for i in range(N)], received[-3:]
