"""Python 2.7's heapq: a binary min-heap kept in a list.

The list functions are written here in Python; when the `_heapq`
accelerator can be imported its versions replace them, as in 2.7.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from itertools import islice, count, imap, izip, tee, chain
from operator import itemgetter


def _lt(a, b):
    # 2.7 also orders items that define only __le__.
    if hasattr(a, '__lt__'):
        return a < b
    return not b <= a


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if _lt(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not _lt(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and _lt(heap[0], item):
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(xrange(n // 2)):
        _siftup(x, i)


def _nlargest(n, iterable):
    if n <= 0:
        return []
    return sorted(iterable, reverse=True)[:n]


def _nsmallest(n, iterable):
    if n <= 0:
        return []
    return sorted(iterable)[:n]


try:
    import _heapq
except ImportError:
    _heapq = None
if _heapq is not None:
    heappush = _heapq.heappush
    heappop = _heapq.heappop
    heapreplace = _heapq.heapreplace
    heappushpop = _heapq.heappushpop
    heapify = _heapq.heapify
    _nlargest = _heapq.nlargest
    _nsmallest = _heapq.nsmallest


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (ties keep their
    order of arrival); the same as sorted(iterable, key=key, reverse=True)[:n]."""
    if key is None:
        return _nlargest(n, iterable)
    # Decorate with (key, -position) so ties keep their order, as sorted().
    items, keyed_items = tee(iterable)
    keyed = izip(imap(key, keyed_items), count(0, -1), items)
    return [t[2] for t in _nlargest(n, keyed)]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first; the same as
    sorted(iterable, key=key)[:n]."""
    if key is None:
        return _nsmallest(n, iterable)
    return sorted(iterable, key=key)[:max(n, 0)]


def merge(*iterables):
    """Merges sorted inputs into one sorted iterator, lazily (equal items
    come in the order of their inputs)."""
    fronts = []
    for order, it in enumerate(map(iter, iterables)):
        for first in it:
            fronts.append([first, order, it])
            break
    heapify(fronts)
    while fronts:
        front = fronts[0]
        value, order, it = front
        yield value
        for nxt in it:
            front[0] = nxt
            heapreplace(fronts, front)
            break
        else:
            heappop(fronts)
