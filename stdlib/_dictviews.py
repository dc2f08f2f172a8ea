"""The live views of a dict: dict.viewkeys(), viewvalues(), viewitems().

They read the dict on every use, so they follow later changes to it.
"""


class _View(object):
    __slots__ = ('_d',)

    def __new__(cls, *args, **kwargs):
        # As 2.7's built-in view types: only dict methods make them.
        raise TypeError("cannot create '%s' instances" % cls.__name__)

    def __reduce_ex__(self, protocol):
        raise TypeError("can't pickle %s objects" % type(self).__name__)

    def __reduce__(self):
        raise TypeError("can't pickle %s objects" % type(self).__name__)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        # A view met again inside its own repr shows as '...', as in 2.7.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self))
        finally:
            _repr_running.discard(key)


_repr_running = set()


def _combine(left, right, method):
    result = set(left)
    getattr(result, method)(right)
    return result


class _SetView(_View):
    __slots__ = ()

    def _other(self, other):
        return isinstance(other, (set, frozenset, _SetView))

    def __eq__(self, other):
        if not self._other(other):
            return NotImplemented
        return len(self) == len(other) and self <= other

    def __ne__(self, other):
        if not self._other(other):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not self._other(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for x in self:
            if x not in other:
                return False
        return True

    def __lt__(self, other):
        if not self._other(other):
            return NotImplemented
        return len(self) < len(other) and self <= other

    def __ge__(self, other):
        if not self._other(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for x in other:
            if x not in self:
                return False
        return True

    def __gt__(self, other):
        if not self._other(other):
            return NotImplemented
        return len(self) > len(other) and self >= other

    # As 2.7: a set of the left operand, changed in place by the right one
    # (which fixes the order of the result).
    def __and__(self, other):
        return _combine(self, other, 'intersection_update')

    def __or__(self, other):
        return _combine(self, other, 'update')

    def __sub__(self, other):
        return _combine(self, other, 'difference_update')

    def __xor__(self, other):
        return _combine(self, other, 'symmetric_difference_update')

    def __rand__(self, other):
        return _combine(other, self, 'intersection_update')

    def __ror__(self, other):
        return _combine(other, self, 'update')

    def __rsub__(self, other):
        return _combine(other, self, 'difference_update')

    def __rxor__(self, other):
        return _combine(other, self, 'symmetric_difference_update')

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True


class dict_keys(_SetView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, key):
        return key in self._d


class dict_items(_SetView):
    __slots__ = ()

    def __iter__(self):
        return self._d.iteritems()

    def __contains__(self, item):
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        key, value = item
        return key in self._d and self._d[key] == value


class dict_values(_View):
    __slots__ = ()

    def __iter__(self):
        return self._d.itervalues()


def _make(name, d):
    # The view of `d` named `name`, made without calling the class.
    view = object.__new__(globals()[name])
    view._d = d
    return view
