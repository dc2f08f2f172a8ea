# time.clock() is the process's CPU time (as CPython 2.7 on Linux): sleeping
# adds almost nothing to it, busy work adds to it, and it never goes back.
import time

c0 = time.clock()
w0 = time.time()
time.sleep(0.3)
c1 = time.clock()
print 'float:', type(c1).__name__
print 'sleep counted as CPU time:', (c1 - c0) > 0.2
print 'monotonic:', c1 >= c0

# Busy loop until the CPU clock has moved by 0.05 s.
n = 0
while time.clock() - c1 < 0.05:
    n += 1
c2 = time.clock()
print 'busy work counted:', c2 - c1 >= 0.05
print 'no more than wall time (one thread):', (c2 - c0) <= (time.time() - w0) + 0.01
try:
    time.clock(1)
except TypeError as e:
    print 'TypeError:', e
