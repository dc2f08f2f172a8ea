# Correct results from locked threads whatever the check interval.
import sys
import threading

lock = threading.Lock()


def run(interval):
    sys.setcheckinterval(interval)
    box = [0]

    def work():
        for i in range(2000):
            with lock:
                box[0] += 1

    ts = [threading.Thread(target=work) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return box[0]

for interval in [1, 10, 100, 10000]:
    print interval, run(interval), sys.getcheckinterval()
sys.setcheckinterval(100)
