"""The pre-2.4 set classes, Set and ImmutableSet, kept for old programs.

Both wrap a dict of the members (as 2.7's did, so that subclasses that
reach for `_data` keep working) and interoperate with each other; the
operators accept only other sets.sets, the methods any iterable.
"""

import warnings
warnings.warn("the sets module is deprecated", DeprecationWarning, stacklevel=2)

__all__ = ['BaseSet', 'Set', 'ImmutableSet']


class BaseSet(object):
    __slots__ = ['_data', '__weakref__']

    def __init__(self):
        if self.__class__ is BaseSet:
            raise TypeError("BaseSet is an abstract class.  "
                            "Use Set or ImmutableSet.")

    # -- plumbing
    def _fill(self, iterable):
        data = self._data
        if isinstance(iterable, BaseSet):
            data.update(iterable._data)
            return
        for item in iterable:
            try:
                data[item] = True
            except TypeError:
                as_immutable = getattr(item, '__as_immutable__', None)
                if as_immutable is None:
                    raise
                data[as_immutable()] = True

    def _make(self, members):
        new = self.__class__.__new__(self.__class__)
        new._data = {}
        new._fill(members)
        return new

    def _check(self, other):
        if not isinstance(other, BaseSet):
            raise TypeError("Binary operation only permitted between sets")

    # -- container protocol
    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, item):
        try:
            return item in self._data
        except TypeError:
            as_temp = getattr(item, '__as_temporarily_immutable__', None)
            if as_temp is None:
                raise
            return as_temp() in self._data

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, list(self._data))
    __str__ = __repr__

    def __cmp__(self, other):
        raise TypeError("can't compare sets using cmp()")

    def __eq__(self, other):
        if isinstance(other, BaseSet):
            return self._data == other._data
        return False

    def __ne__(self, other):
        if isinstance(other, BaseSet):
            return self._data != other._data
        return True

    def copy(self):
        return self._make(self._data)
    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__.__new__(self.__class__)
        result._data = {}
        memo[id(self)] = result
        for item in self:
            result._data[deepcopy(item, memo)] = True
        return result

    # -- set algebra: operators take sets only, methods any iterable
    def __or__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.union(other)

    def union(self, other):
        result = self._make(self._data)
        result._fill(other)
        return result

    def __and__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.intersection(other)

    def intersection(self, other):
        if not isinstance(other, BaseSet):
            other = Set(other)
        small, big = (self, other) if len(self) <= len(other) else (other, self)
        return self._make(item for item in small if item in big._data)

    def __xor__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.symmetric_difference(other)

    def symmetric_difference(self, other):
        if not isinstance(other, BaseSet):
            other = Set(other)
        mine = [x for x in self if x not in other._data]
        theirs = [x for x in other if x not in self._data]
        return self._make(mine + theirs)

    def __sub__(self, other):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return self.difference(other)

    def difference(self, other):
        if not isinstance(other, BaseSet):
            other = Set(other)
        return self._make(x for x in self if x not in other._data)

    # -- subset tests
    def issubset(self, other):
        self._check(other)
        if len(self) > len(other):
            return False
        return all(x in other._data for x in self)

    def issuperset(self, other):
        self._check(other)
        if len(self) < len(other):
            return False
        return all(x in self._data for x in other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        self._check(other)
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        self._check(other)
        return len(self) > len(other) and self.issuperset(other)

    def _compute_hash(self):
        result = 0
        for item in self:
            result ^= hash(item)
        return result


class ImmutableSet(BaseSet):
    __slots__ = ['_hashcode']

    def __init__(self, iterable=None):
        self._hashcode = None
        self._data = {}
        if iterable is not None:
            self._fill(iterable)

    def __hash__(self):
        if self._hashcode is None:
            self._hashcode = self._compute_hash()
        return self._hashcode

    def __getstate__(self):
        return self._data, self._hashcode

    def __setstate__(self, state):
        self._data, self._hashcode = state


class Set(BaseSet):
    __slots__ = []

    def __init__(self, iterable=None):
        self._data = {}
        if iterable is not None:
            self._fill(iterable)

    def __getstate__(self):
        return self._data,

    def __setstate__(self, state):
        self._data, = state

    # A mutable set is unhashable.
    __hash__ = None

    # -- in-place operators
    def __ior__(self, other):
        self._check(other)
        self._fill(other)
        return self

    def union_update(self, other):
        self._fill(other)

    def __iand__(self, other):
        self._check(other)
        self._data = (self & other)._data
        return self

    def intersection_update(self, other):
        self._data = self.intersection(other)._data

    def __ixor__(self, other):
        self._check(other)
        self.symmetric_difference_update(other)
        return self

    def symmetric_difference_update(self, other):
        self._data = self.symmetric_difference(other)._data

    def __isub__(self, other):
        self._check(other)
        self.difference_update(other)
        return self

    def difference_update(self, other):
        self._data = self.difference(other)._data

    # -- single members
    def update(self, iterable):
        self._fill(iterable)

    def clear(self):
        self._data.clear()

    def add(self, element):
        self._fill([element])

    def remove(self, element):
        try:
            del self._data[element]
        except TypeError:
            as_temp = getattr(element, '__as_temporarily_immutable__', None)
            if as_temp is None:
                raise
            del self._data[as_temp()]

    def discard(self, element):
        try:
            self.remove(element)
        except KeyError:
            pass

    def pop(self):
        return self._data.popitem()[0]

    def __as_immutable__(self):
        return ImmutableSet(self)

    def __as_temporarily_immutable__(self):
        return _TemporarilyImmutableSet(self)


class _TemporarilyImmutableSet(BaseSet):
    def __init__(self, set):
        self._set = set
        self._data = set._data

    def __hash__(self):
        return self._set._compute_hash()
