# atexit handlers run after non-daemon threads are joined, newest first,
# also after sys.exit().
import atexit, threading, time, sys

def work():
    time.sleep(0.1)
    print 'thread done'

threading.Thread(target=work).start()

def h(*a, **k):
    print 'handler', a, sorted(k.items())

r = atexit.register(h, 1, x=2)
print r is h
atexit.register(lambda: sys.stdout.write('last registered runs first\n'))

@atexit.register
def deco():
    print 'decorated'

print 'main end', len(atexit._exithandlers)
sys.exit(3)
