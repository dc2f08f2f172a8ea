# The note's Event example.
# Filled in where the blog lost lines (marked "added"): the import of Event,
# the bodies of the three functions, and the threads at the end.
from threading import Event, Thread             # added
e = Event()                       # Create an event object
def signal_event():             # Signal the event
    e.set()                                     # added
def wait_for_event():         # Wait for event
    e.wait()                                    # added
    seen.append("event seen")                   # added
def clear_event():             # Clear event
    e.clear()                                   # added

seen = []                                       # added
waiters = [Thread(target=wait_for_event) for i in range(3)]   # added
for t in waiters: t.start()                     # added
print "set:", e.isSet()                         # added
Thread(target=signal_event).start()             # added
for t in waiters: t.join()                      # added
print seen                                      # added
print "set:", e.isSet()                         # added
clear_event()                                   # added
print "set:", e.isSet()                         # added
