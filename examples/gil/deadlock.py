# Two threads take two locks in opposite orders: each ends up waiting for
# the lock the other holds. minipy notices that every thread is blocked,
# prints who waits on what and who holds it, and exits with status 3.
#
#   minipy deadlock.py; echo "status $?"
import threading
import time

a = threading.Lock()
b = threading.Lock()


def transfer_ab():
    with a:
        time.sleep(0.1)
        with b:
            print "a then b"


def transfer_ba():
    with b:
        time.sleep(0.1)
        with a:
            print "b then a"


t1 = threading.Thread(target=transfer_ab)
t2 = threading.Thread(target=transfer_ba)
t1.start()
t2.start()
t1.join()
t2.join()
