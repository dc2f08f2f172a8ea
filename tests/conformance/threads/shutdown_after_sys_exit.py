# sys.exit() in the main thread still waits for non-daemon threads.
# (Wishlist: minipy's runner only calls threading._shutdown() when the main
# script ends normally.)
import sys
import threading
import time

def late():
    time.sleep(0.2)
    print "worker finished after sys.exit()"

threading.Thread(target=late).start()
print "main calls sys.exit(3)"
sys.exit(3)
