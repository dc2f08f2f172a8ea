# The note's list of Thread methods: join([timeout]), getName(), setName(name),
# isAlive(), isDaemon(), setDaemon(val). Every line here is added: the note
# only lists them.
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
print t.getName()
t.setName("worker")
print t.getName()
print t.isDaemon()
t.setDaemon(True)
print t.isDaemon()
t.setDaemon(False)
print t.isAlive()
t.start()
print t.isAlive()
t.join(0.05)                # Wait for thread t to terminate (times out here)
print t.isAlive()
go.set()
t.join()                    # Wait for thread t to terminate
print t.isAlive()
