# The convoy effect: how late does a thread that sleeps 1 ms get the GIL
# back while another thread burns CPU? Under `new` (CPython 3's GIL) it waits
# for the switch interval (5 ms); under `old` (CPython 2) and `prio` it gets
# the GIL almost at once.
#
#   minipy -X gil=new io_response.py
#   minipy -X gil=prio io_response.py
import sys
import threading
import time

SAMPLES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
late = []
stop = []


def io_thread():
    while len(late) < SAMPLES:
        t0 = time.time()
        time.sleep(0.001)
        late.append(time.time() - t0 - 0.001)
    stop.append(True)


def cpu_thread():
    n = 0
    while not stop:
        n += 1


cpu = threading.Thread(target=cpu_thread)
io = threading.Thread(target=io_thread)
cpu.start()
io.start()
io.join()
cpu.join()
late.sort()
print "I/O thread wake-up delay: p50 %.2f ms, p99 %.2f ms, max %.2f ms" % (
    late[len(late) // 2] * 1000, late[len(late) * 99 // 100] * 1000, late[-1] * 1000)
