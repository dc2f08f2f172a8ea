# minipy-test: ulimit-v=4000000
# Calls CPython answers at once must not hang: invalid sleeps, empty
# sequences repeated huge numbers of times, huge repetitions.
import sys, time
for v in [1e309, 1e19, 2**64, float('nan'), float('inf'), -1, -1e309, 2**63, -0.5]:
    try:
        time.sleep(v)
        print 'slept', v
    except IOError as e:
        print repr(v), type(e).__name__, e.errno, e.strerror, e
try:
    time.sleep(2**1100)
except OverflowError as e:
    print 'OverflowError', e
time.sleep(0)
print repr(() * 2**62), repr([] * 2**62), repr('' * 2**62), len(u'' * 2**62)
x = []
x *= 2**62
print x
y = [1]
tests = [lambda: y * 2**62, lambda: (1,) * 2**62, lambda: 'ab' * 2**62,
         lambda: u'ab' * 2**62, lambda: y * 2**64, lambda: 'ab' * 2**64,
         lambda: 'abc' * (sys.maxsize // 2), lambda: [4, 5, 6, 7] * (sys.maxsize // 2)]
for f in tests:
    try:
        f()
        print 'no error'
    except (MemoryError, OverflowError) as e:
        print type(e).__name__, e
