"""Python 2.7's itertools, written in Python.

Every iterator is a class with a next() method (not a generator), as in
CPython: the types can be subclassed, arguments are checked when the
iterator is made, and an iterator may be re-entered from the code it calls
(a generator would raise "generator already executing")."""

import sys as _sys

_MAXINT = _sys.maxint


def _is_number(x):
    # CPython's PyNumber_Check: anything with __int__ or __float__.
    return (isinstance(x, (int, long, float, complex)) or
            hasattr(type(x), '__int__') or hasattr(type(x), '__float__'))


def _ssize(value):
    """An 'n'-format argument: a C ssize_t."""
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(value, (int, long)):
        if not hasattr(type(value), '__index__'):
            raise TypeError("an integer is required")
        value = value.__index__()
    if not -_MAXINT - 1 <= value <= _MAXINT:
        raise OverflowError("Python int too large to convert to C long")
    return value


def _nargs(name, args, low, high):
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError("%s expected %d arguments, got %d" % (name, low, n))
    if n < low:
        raise TypeError("%s expected at least %d arguments, got %d" % (name, low, n))
    raise TypeError("%s expected at most %d arguments, got %d" % (name, high, n))


def _no_keywords(self, cls, name, kwargs):
    # Subclasses may take keywords in their own __init__.
    if kwargs and type(self) is cls:
        raise TypeError("%s() does not take keyword arguments" % name)


class _Iterator(object):
    def __iter__(self):
        return self


class count(_Iterator):
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def next(self):
        n = self._n
        self._n = n + self._step
        return n

    def _plain_step(self):
        return type(self._step) is int and self._step == 1

    def __repr__(self):
        if self._plain_step():
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)

    def __reduce__(self):
        if self._plain_step():
            return (type(self), (self._n,))
        return (type(self), (self._n, self._step))


class repeat(_Iterator):
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = max(_ssize(times), 0)
        self._times = times

    def next(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class cycle(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_keywords(self, cycle, 'cycle', kwargs)
        _nargs('cycle', args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._pos = -1          # >= 0 once the source is used up

    def next(self):
        if self._pos < 0:
            try:
                item = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._pos = 0
            else:
                self._saved.append(item)
                return item
        item = self._saved[self._pos]
        self._pos = (self._pos + 1) % len(self._saved)
        return item


class chain(_Iterator):
    def __init__(self, *iterables, **kwargs):
        _no_keywords(self, chain, 'chain', kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def next(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def next(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class _Predicated(_Iterator):
    """The common arguments of ifilter, ifilterfalse, takewhile, dropwhile
    and starmap: a function and an iterable."""
    _name = None

    def __init__(self, *args, **kwargs):
        own = [c for c in type(self).__mro__ if '_name' in c.__dict__][0]
        _no_keywords(self, own, self._name, kwargs)
        _nargs(self._name, args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])


class ifilter(_Predicated):
    _name = 'ifilter'

    def next(self):
        func = self._func
        while True:
            item = next(self._it)
            if (item if func is None or func is bool else func(item)):
                return item


class ifilterfalse(_Predicated):
    _name = 'ifilterfalse'

    def next(self):
        func = self._func
        while True:
            item = next(self._it)
            if not (item if func is None or func is bool else func(item)):
                return item


class takewhile(_Predicated):
    _name = 'takewhile'
    _done = False

    def next(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._done = True
        raise StopIteration


class dropwhile(_Predicated):
    _name = 'dropwhile'
    _dropping = True

    def next(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._func(item):
                self._dropping = False
                return item


class starmap(_Predicated):
    _name = 'starmap'

    def next(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._func(*args)


def _islice_arg(value, default):
    # CPython reads islice's arguments with PyInt_AsSsize_t: ints, longs and
    # anything with __int__; None keeps the default; a failure reads as -1.
    if value is None:
        return default
    if isinstance(value, (int, long)) or (not isinstance(value, basestring) and
                                          hasattr(type(value), '__int__')):
        try:
            value = int(value)
        except (TypeError, ValueError, OverflowError):
            return -1
        if -_MAXINT - 1 <= value <= _MAXINT:
            return value
    return -1


class islice(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_keywords(self, islice, 'islice', kwargs)
        _nargs('islice', args, 2, 4)
        # The checks in CPython's order: stop first (-1 or unreadable is the
        # "Stop argument" error), then the ranges, then the step.
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        start = _islice_arg(start, 0)
        stop = _islice_arg(stop, None)
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or '
                             'an integer: 0 <= x <= maxint.')
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= maxint.')
        step = _islice_arg(step, 1)
        if step < 1:
            raise ValueError('Step for islice() must be a positive '
                             'integer or None.')
        self._it = iter(args[0])
        self._next = start or 0     # index of the next item to hand out
        self._stop = stop
        self._step = step or 1
        self._count = 0             # items read from the source so far

    def next(self):
        # Never reads past stop: the rest of the source stays for the caller.
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


def _iterators(name, iterables):
    # izip/izip_longest name the argument that cannot be iterated.
    iterators = []
    for i, it in enumerate(iterables):
        try:
            iterators.append(iter(it))
        except TypeError:
            raise TypeError('%s argument #%d must support iteration' % (name, i + 1))
    return iterators


class izip(_Iterator):
    def __init__(self, *iterables, **kwargs):
        _no_keywords(self, izip, 'izip', kwargs)
        self._iterators = _iterators('izip', iterables)

    def next(self):
        iterators = self._iterators
        if not iterators:
            raise StopIteration
        return tuple([next(it) for it in iterators])


class izip_longest(_Iterator):
    def __init__(self, *iterables, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            raise TypeError('izip_longest() got an unexpected keyword argument')
        self._iterators = _iterators('izip_longest', iterables)
        self._active = len(self._iterators)
        self._fill = fillvalue

    def next(self):
        iterators = self._iterators
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                iterators[i] = None
                values.append(self._fill)
        return tuple(values)


class imap(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_keywords(self, imap, 'imap', kwargs)
        if len(args) < 2:
            raise TypeError('imap() must have at least two arguments.')
        self._func = args[0]
        self._iterators = [iter(it) for it in args[1:]]

    def next(self):
        args = tuple([next(it) for it in self._iterators])
        if self._func is None:
            return args
        return self._func(*args)


class _TeeBlock(object):
    """A run of up to _TEE_BLOCK items read from the source, linked to the
    next run. Copies walk the chain; a run no copy holds any more is freed
    by reference counting, so a copy that falls behind keeps exactly the
    items it has yet to read (CPython's tee uses the same shape)."""
    __slots__ = ('items', 'link')

    def __init__(self):
        self.items = []
        self.link = None


_TEE_BLOCK = 57


class _TeeSource(object):
    """The iterator the copies share, and whether it is making an item."""
    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee(_Iterator):
    """One copy made by tee(); _tee(iterable) makes another."""

    def __init__(self, *args):
        _nargs('tee', args, 1, 1)
        iterable = args[0]
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._block = iterable._block
            self._i = iterable._i
        else:
            self._source = _TeeSource(iter(iterable))
            self._block = _TeeBlock()
            self._i = 0

    def next(self):
        i = self._i
        items = self._block.items
        if i < len(items):
            self._i = i + 1
            return items[i]
        if i == _TEE_BLOCK:
            block = self._block
            if block.link is None:
                block.link = _TeeBlock()
            self._block = block = block.link
            items = block.items
            if items:
                self._i = 1
                return items[0]
            i = 0
        source = self._source
        if source.running:
            # The source, while making an item, asked a copy for that item.
            raise RuntimeError('cannot re-enter the tee iterator')
        source.running = True
        try:
            item = next(source.it)
        finally:
            source.running = False
        items.append(item)
        self._i = i + 1
        return item

    def __copy__(self):
        return _tee(self)


_tee.__name__ = 'tee'


def tee(iterable, n=2):
    # Lazy, as CPython's: an infinite or huge iterable is read only as far as
    # the most advanced copy.
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(type(it), '__copy__') else _tee(it)
    copies = [first]
    for _ in range(n - 1):
        copies.append(first.__copy__())
    return tuple(copies)


class product(_Iterator):
    def __init__(self, *args, **kwargs):
        times = 1
        if kwargs:
            if len(kwargs) > 1 or 'repeat' not in kwargs:
                bad = [k for k in kwargs if k != 'repeat'][0]
                raise TypeError('%r is an invalid keyword argument for this '
                                'function' % (bad,))
            times = _ssize(kwargs['repeat'])
            if times < 0:
                raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(pool) for pool in args] * times
        self._indices = None

    def next(self):
        pools = self._pools
        indices = self._indices
        if indices is None:
            if any(not pool for pool in pools):
                self._indices = False
                raise StopIteration
            self._indices = [0] * len(pools)
        elif indices is False:
            raise StopIteration
        else:
            # Advance the rightmost index that can move; reset those after it.
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self._indices = False
                raise StopIteration
        return tuple([pool[k] for pool, k in zip(pools, self._indices)])


def _r_arg(r):
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class _Choices(_Iterator):
    """Tuples of r items of a pool, picked by a list of indices that
    _first makes and _advance steps (False once they are exhausted)."""

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _r_arg(r)
        self._indices = None

    def next(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None:
            indices = self._indices = self._first(n, r)
        elif indices is not False and not self._advance(indices, n, r):
            indices = self._indices = False
        if indices is False:
            raise StopIteration
        return tuple([pool[k] for k in indices])


class combinations(_Choices):
    def _first(self, n, r):
        return False if r > n else range(r)

    def _advance(self, indices, n, r):
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return False
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return True


class combinations_with_replacement(_Choices):
    def _first(self, n, r):
        return False if not n and r else [0] * r

    def _advance(self, indices, n, r):
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return False
        indices[i:] = [indices[i] + 1] * (r - i)
        return True


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = n if r is None else _r_arg(r)
        self._indices = None

    def next(self):
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            if r > n:
                self._indices = False
                raise StopIteration
            self._indices = range(n)
            self._cycles = range(n, n - r, -1)
            return tuple(pool[:r])
        if self._indices is False:
            raise StopIteration
        indices, cycles = self._indices, self._cycles
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._indices = False
        raise StopIteration


_unset = object()


class groupby(_Iterator):
    """Reads one item ahead; a group is used up as soon as the groupby moves
    on to the next one."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _unset

    def _advance(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def next(self):
        if self._currkey is _unset:
            self._advance()
        elif self._tgtkey is not _unset:
            while self._tgtkey == self._currkey:
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper(_Iterator):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def next(self):
        parent = self._parent
        if parent._currvalue is _unset:
            parent._advance()
        if not self._tgtkey == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _unset
        return value


for _cls in (count, repeat, cycle, chain, compress, ifilter, ifilterfalse,
             takewhile, dropwhile, starmap, islice, izip, izip_longest, imap,
             _tee, product, combinations, combinations_with_replacement,
             permutations, groupby, _grouper):
    _cls.__module__ = 'itertools'
del _cls
