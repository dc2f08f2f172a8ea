# heapq orders items that define only __lt__ or only __le__ (2.7's issue
# 3051), heapreplace on a non-list raises TypeError, and the module keeps
# its _nlargest/_nsmallest names.
import heapq, random

random.seed(5)
data = [random.randrange(1000) for _ in range(60)]

class LT:
    def __init__(self, x): self.x = x
    def __lt__(self, other): return self.x > other.x

class LE:
    def __init__(self, x): self.x = x
    def __le__(self, other): return self.x >= other.x

for cls in (LT, LE):
    h = map(cls, data)
    heapq.heapify(h)
    out = [heapq.heappop(h).x for _ in range(len(h))]
    print cls.__name__, out == sorted(data, reverse=True), out[:5]

h = []
for x in data:
    heapq.heappush(h, LE(x))
print heapq.heappushpop(h, LE(2000)).x, heapq.heapreplace(h, LE(-1)).x

for args in [(None, None), ([], None)]:
    try:
        heapq.heapreplace(*args)
    except (TypeError, IndexError) as e:
        print type(e).__name__
print heapq._nlargest(3, data) == heapq.nlargest(3, data), heapq._nsmallest(2, data)
