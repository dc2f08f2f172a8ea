# heapq with the _heapq accelerator: list-only heaps, 2.7's messages, lazy
# merge, nlargest/nsmallest with keys and iterators.
import heapq, _heapq
print [heapq.heappush.__module__, heapq._nlargest.__module__, heapq.merge.__module__]
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print [heapq.heappop(h) for _ in range(len(h))]
for f, args in [(heapq.heapify, (10,)), (heapq.heappop, ((1, 2),)), (heapq.heappush, ((), 1)),
                (heapq.heapreplace, ([],  1)), (heapq.heappop, ([],)), (heapq.heappushpop, ('ab', 1))]:
    try:
        f(*args)
    except Exception as e:
        print f.__name__, type(e).__name__, e
print heapq.heappushpop([], 4), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3)
print heapq.nlargest(3, iter([4, 1, 7, 3, 9])), heapq.nsmallest(2, iter('hello'))
print heapq.nlargest(-1, [1, 2, 3]), heapq.nsmallest(-2, [1, 2, 3]), heapq.nlargest(0, [1])
words = ['bb', 'a', 'ccc', 'dd', 'e', 'ff']
print heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(3, iter(words), key=len)
m = heapq.merge([1, 4, 7], iter([2, 5, 8]), [3, 6, 9])
print next(m), next(m), list(m)
print list(heapq.merge()), list(heapq.merge([], [1]))
class LE(object):
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
h = []
for x in [3, 1, 2]:
    _heapq.heappush(h, LE(x))
print [_heapq.heappop(h).v for _ in range(3)]
class Grow(object):
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, o):
        self.heap.append(1)
        return self.v < o.v
h = []
h.extend(Grow(i, h) for i in range(10))
try:
    _heapq.heappush(h, Grow(5, h))
except RuntimeError as e:
    print 'RuntimeError', e
