"""WeakSet: a set that holds its members weakly (minipy's own version).

Members are stored as weak references; a member disappears from the set
when the object dies (its callback removes it, and every read of the set
skips and prunes references that are already dead)."""

from weakref import ref as _ref

__all__ = ['WeakSet']


class WeakSet(object):
    """A set of weakly held objects."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=_ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def _purge(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        self._purge()
        return len(self.data)

    def __contains__(self, item):
        try:
            r = _ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    __hash__ = None

    def add(self, item):
        self.data.add(_ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet')
            o = r()
            if o is not None:
                return o

    def remove(self, item):
        self.data.remove(_ref(item))

    def discard(self, item):
        # An item that cannot be weakly referenced is an error here (unlike in).
        self.data.discard(_ref(item))

    def update(self, other):
        if isinstance(other, self.__class__):
            self.data.update(other.data)
        else:
            for o in other:
                self.add(o)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for o in list(other):
                self.discard(o)
        return self

    def intersection(self, other):
        return self.__class__(o for o in other if o in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = set(_ref(o) for o in other)
        self.data.intersection_update(keep)
        return self

    def issubset(self, other):
        return all(o in other for o in self)
    __le__ = issubset

    def __lt__(self, other):
        return self.issubset(other) and len(self) < len(other)

    def issuperset(self, other):
        return all(o in self for o in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.issuperset(other) and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        self._purge()
        other._purge()
        return self.data == other.data

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            for o in list(other):
                if o in self:
                    self.discard(o)
                else:
                    self.add(o)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
