# join(timeout) returns while the thread is still sleeping.
import threading
import time


def nap():
    time.sleep(0.5)

t = threading.Thread(target=nap)
t.start()
t0 = time.time()
t.join(0.05)
el = time.time() - t0
print 'alive after short join:', t.is_alive()
print 'join returned early:', el < 0.45
t.join()
print 'alive after join:', t.is_alive()
