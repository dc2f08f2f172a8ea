# The time of gc.collect() on a heap of N tracked objects (issue 10's
# figure), run under minipy and CPython 2.7 alike:
#     target/quick/minipy benches/gc_collect.py [N] [runs]
#     PYENV_VERSION=2.7.18 python benches/gc_collect.py [N] [runs]
# Prints the median milliseconds (processor time, time.clock: the machine is
# shared) of `runs` full collections for each heap.
import gc
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5


class Pair(object):
    def __init__(self, a, b):
        self.a = a
        self.b = b


def lists():
    return [[i] for i in xrange(N)]


def instances():
    return [Pair(i, None) for i in xrange(N)]


def dicts():
    return [{"k": [i]} for i in xrange(N)]


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def measure(make):
    gc.disable()
    heap = make()
    gc.collect()
    times = []
    for _ in range(RUNS):
        t = time.clock()
        gc.collect()
        times.append((time.clock() - t) * 1000.0)
    del heap
    gc.collect()
    gc.enable()
    return median(times)


for name, make in [("lists", lists), ("instances", instances), ("dicts", dicts)]:
    print("%-10s %7.1f ms" % (name, measure(make)))
