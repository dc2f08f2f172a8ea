# thread.interrupt_main() reaches the main thread while it waits with a timeout.
import thread
import threading
import time

def interrupter():
    time.sleep(0.1)
    thread.interrupt_main()

def run(label, wait):
    t = threading.Thread(target=interrupter)
    t.start()
    try:
        wait()
        print label, "returned"
    except KeyboardInterrupt:
        print label, "KeyboardInterrupt"
    t.join()

e = threading.Event()
run("Event.wait(5)", lambda: e.wait(5))

c = threading.Condition()
c.acquire()
run("Condition.wait(5)", lambda: c.wait(5))
print "lock held again:", c._is_owned()
c.release()

blocker = threading.Event()
long_thread = threading.Thread(target=blocker.wait)
long_thread.start()
run("join(5)", lambda: long_thread.join(5))
blocker.set()
long_thread.join()
print "done"
