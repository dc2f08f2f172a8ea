# minipy-test: ulimit-v=4000000
# Dropping very deeply nested lists, tuples, dicts and linked instances on a
# thread (small stack) must not overflow the stack.
import threading
class Node(object):
    pass
def run():
    x = []
    for i in range(200000):
        x = [x]
    del x
    x = ()
    for i in range(200000):
        x = (x,)
    del x
    x = {}
    for i in range(200000):
        x = {1: x}
    x = None
    n = None
    for i in range(200000):
        m = Node()
        m.next = n
        n = m
    m = n = None
    print 'dropped'
t = threading.Thread(target=run)
t.start()
t.join()
run()
print 'done'
