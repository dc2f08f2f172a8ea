# An uncaught exception in the main thread: the traceback is printed, then
# the interpreter still waits for non-daemon threads.
# (Wishlist: minipy's runner only calls threading._shutdown() when the main
# script ends normally.)
import threading
import time

def late():
    time.sleep(0.2)
    print "worker finished after the main thread failed"

threading.Thread(target=late).start()
raise ValueError("main fails")
