# The interpreter waits for non-daemon threads when the main script ends.
import threading
import time

def late():
    time.sleep(0.2)
    print "worker finished after main"

t = threading.Thread(target=late)
t.start()
print "main script ends"
