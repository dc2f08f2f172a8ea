# is_alive / isAlive through a thread's life.
import threading

go = threading.Event()
running = threading.Event()
def body():
    running.set()
    go.wait()

t = threading.Thread(target=body)
print "before start:", t.is_alive(), t.isAlive()
t.start()
running.wait()
print "running:", t.is_alive(), t.isAlive()
go.set()
t.join()
print "after join:", t.is_alive(), t.isAlive()
print "main:", threading.current_thread().is_alive()

# Inside run(), the thread is alive.
class Check(threading.Thread):
    def run(self):
        self.inside = self.is_alive()
c = Check()
c.start(); c.join()
print "inside:", c.inside
