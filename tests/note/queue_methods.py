# The note's list of Queue methods. Every line here is added: the note only
# lists them.
import Queue
import threading

q = Queue.Queue(2)              # Create a queue.
print q.qsize(), q.empty(), q.full()
q.put("a")                      # Put an item on the queue.
q.put("b")
print q.qsize(), q.empty(), q.full()
try:
    q.put_nowait("c")
except Queue.Full:
    print "Queue.Full"
print q.get(), q.get()          # Get item from queue
try:
    q.get_nowait()
except Queue.Empty:
    print "Queue.Empty"
q.put_nowait("d")
print q.get_nowait()

# Exchanging data between threads.
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item)
t = threading.Thread(target=consumer)
t.start()
for i in range(10):
    q.put(i)
q.put(None)
t.join()
print out
