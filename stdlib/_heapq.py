"""minipy's stand-in for 2.7's C accelerator of heapq.

The heap must be a real list (2.7's C functions refuse anything else), and
a comparison that changes the heap's length is reported as a RuntimeError
instead of walking off the end.
"""

__about__ = 'Heap queues: the list functions 2.7 implements in C.'


def _less(a, b):
    # Items that only define __le__ are still ordered (2.7's cmp_lt).
    if hasattr(a, '__lt__'):
        return a < b
    return not (b <= a)


def _need_list(heap):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def _changed():
    return RuntimeError('list changed size during iteration')


def _bubble_up(heap, top, pos):
    # Moves heap[pos] towards `top` while it is smaller than its parent.
    size = len(heap)
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        smaller = _less(item, above)
        if len(heap) != size:
            raise _changed()
        if not smaller:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos):
    # Lets the hole at `pos` fall to a leaf by the smaller child, then puts
    # the item back and bubbles it up (fewer comparisons on average).
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size:
            right_smaller = not _less(heap[child], heap[right])
            if len(heap) != size:
                raise _changed()
            if right_smaller:
                child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    _need_list(heap)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    _need_list(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    _need_list(heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    _need_list(heap)
    if not heap:
        return item
    below = _less(heap[0], item)
    if not below:
        return item
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(heap):
    _need_list(heap)
    for pos in xrange(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


def nlargest(n, iterable):
    it = iter(iterable)
    if n <= 0:
        return []
    # Keep the n largest seen so far in a min-heap; its top is the one to beat.
    best = []
    for x in it:
        if len(best) < n:
            best.append(x)
            if len(best) == n:
                heapify(best)
        elif _less(best[0], x):
            heapreplace(best, x)
    best.sort(reverse=True)
    return best


def nsmallest(n, iterable):
    it = iter(iterable)
    if n <= 0:
        return []
    # sorted() is stable and as fast here as any heap walk.
    return sorted(it)[:n]
