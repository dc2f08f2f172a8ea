# current_thread / currentThread in the main thread and in threads.
import threading

main = threading.current_thread()
print main.name, type(main).__name__
print main is threading.currentThread()
print isinstance(main, threading.Thread)
print main.daemon, main.is_alive()

seen = {}
def record():
    cur = threading.current_thread()
    seen[cur.name] = cur

ts = [threading.Thread(target=record, name="t%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(seen)
print [seen[t.name] is t for t in ts]

class Sub(threading.Thread):
    def run(self):
        self.me = threading.current_thread()
s = Sub()
s.start()
s.join()
print s.me is s, type(s.me).__name__
print threading.current_thread() is main
