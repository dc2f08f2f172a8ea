# An uncaught Queue.Empty prints as Queue.Empty in the traceback.
import Queue

q = Queue.Queue()
try:
    q.get_nowait()
except Queue.Empty as e:
    err = e
print 'about to raise'
raise err
