# list.append and dict assignment from several threads lose nothing.
import threading

shared = []
table = {}


def work(k):
    for i in range(4000):
        shared.append((k, i))
        table[(k, i)] = i

ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print len(shared), len(table), len(set(shared))
for k in range(4):
    mine = [i for (kk, i) in shared if kk == k]
    print k, mine == range(4000)
