# Threads that start and join threads of their own.
import threading

lock = threading.Lock()
tree = []

def node(path, depth):
    with lock:
        tree.append(path)
    if depth == 0:
        return
    kids = [threading.Thread(target=node, args=(path + (i,), depth - 1)) for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

root = threading.Thread(target=node, args=((), 3))
root.start()
root.join()
print len(tree)
print sorted(tree)
print threading.active_count()
