# minipy-test: ulimit-v=4000000
# Under a 4 GB address-space limit, 200 threads can all be alive at once
# (each thread's stack must not reserve hundreds of megabytes), and deep
# recursion in a thread still ends in RuntimeError.
import sys, threading
ev = threading.Event()
ts = []
for i in range(200):
    t = threading.Thread(target=ev.wait)
    t.start()
    ts.append(t)
print 'started', len(ts)
ev.set()
for t in ts:
    t.join()
print 'joined', sum(1 for t in ts if not t.is_alive())

def down(n):
    return down(n + 1)

out = []
def deep():
    try:
        down(0)
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=deep)
t.start()
t.join()
print out

# A thread per step, each recursing a few hundred frames deep.
res = []
def chain(n):
    if n == 0:
        return 0
    return 1 + chain(n - 1)
def work():
    res.append(chain(400))
ts = [threading.Thread(target=work) for i in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print len(res), set(res)
