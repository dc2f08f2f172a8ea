"""Python 2.7's itertools, written in Python with generators."""


def _is_number(x):
    # CPython's PyNumber_Check: anything with __int__ or __float__.
    return isinstance(x, (int, long, float)) or hasattr(x, '__int__') or hasattr(x, '__float__')


class count(object):
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def next(self):
        n = self._n
        self._n += self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat(object):
    def __init__(self, obj, times=None):
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def next(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __len__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in _izip([data, selectors]):
        if s:
            yield d


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        found = False
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                found = True
                break
        if not found:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def _islice_index(value, message):
    # CPython takes these with PyInt_AsSsize_t: ints, longs, anything with __int__.
    if value is None:
        return None
    if isinstance(value, (int, long)) or (not isinstance(value, basestring) and hasattr(value, '__int__')):
        value = int(value)
        if value >= 0:
            return value
    raise ValueError(message)


def islice(iterable, *args):
    # Arguments are checked at the call, as CPython does, not on first next().
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    elif not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    stop = _islice_index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= maxint.')
    if len(args) > 1:
        start = _islice_index(start, 'Indices for islice() must be None or an integer: 0 <= x <= maxint.')
        if step is not None:
            try:
                step = int(step)
            except (TypeError, ValueError):
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, nexti, stop, step):
    # Never reads past `stop`: the rest of `it` stays for the caller.
    count = 0
    while True:
        while count < nexti:
            next(it)
            count += 1
        if stop is not None and count >= stop:
            return
        item = next(it)
        count += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield item


def _iterators(name, iterables):
    # izip/izip_longest name the argument that cannot be iterated.
    iterators = []
    for i, it in enumerate(iterables):
        try:
            iterators.append(iter(it))
        except TypeError:
            raise TypeError('%s argument #%d must support iteration' % (name, i + 1))
    return iterators


def izip(*iterables):
    return _izip(_iterators('izip', iterables))


def _izip(iterators):
    if not iterators:
        return
    while True:
        result = []
        for it in iterators:
            try:
                result.append(next(it))
            except StopIteration:
                return
        yield tuple(result)


def izip_longest(*args, **kwds):
    fillvalue = kwds.pop('fillvalue', None)
    if kwds:
        raise TypeError('izip_longest() got an unexpected keyword argument')
    return _izip_longest(_iterators('izip_longest', args), fillvalue)


def _izip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            try:
                values.append(next(iterators[i]))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                values.append(fillvalue)
        yield tuple(values)


def imap(function, *iterables):
    if not iterables:
        raise TypeError('imap() must have at least two arguments.')
    return _imap(function, [iter(it) for it in iterables])


def _imap(function, iterators):
    while True:
        args = []
        for it in iterators:
            try:
                args.append(next(it))
            except StopIteration:
                return
        if function is None:
            yield tuple(args)
        else:
            yield function(*args)


def ifilter(predicate, iterable):
    return _ifilter(predicate, iter(iterable))


def _ifilter(predicate, iterable):
    for x in iterable:
        if (predicate is None and x) or (predicate is not None and predicate(x)):
            yield x


def ifilterfalse(predicate, iterable):
    return _ifilterfalse(predicate, iter(iterable))


def _ifilterfalse(predicate, iterable):
    for x in iterable:
        if (predicate is None and not x) or (predicate is not None and not predicate(x)):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class _TeeBuffer(object):
    """What the copies of one tee() share: the source and the items read from
    it that some copy has not consumed yet."""

    def __init__(self, it):
        self.it = it
        self.items = []
        self.offset = 0     # index in the source of self.items[0]
        self.positions = []
        self.running = False

    def get(self, copy_index):
        pos = self.positions[copy_index]
        k = pos - self.offset
        if k == len(self.items):
            # A copy asked for the next item while another copy (another
            # thread, or the source itself) is still reading it.
            if self.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            self.running = True
            try:
                item = next(self.it)
            finally:
                self.running = False
            self.items.append(item)
        item = self.items[k]
        self.positions[copy_index] = pos + 1
        low = min(self.positions)
        if low > self.offset:
            del self.items[:low - self.offset]
            self.offset = low
        return item


class _tee(object):
    def __init__(self, buf, index):
        self._buf = buf
        self._index = index

    def __iter__(self):
        return self

    def next(self):
        return self._buf.get(self._index)


def tee(iterable, n=2):
    # Lazy, as CPython's: an infinite or huge iterable is read only as far as
    # the most advanced copy.
    if n < 0:
        raise ValueError('n must be >= 0')
    buf = _TeeBuffer(iter(iterable))
    buf.positions = [0] * n
    return tuple([_tee(buf, i) for i in range(n)])


def product(*args, **kwds):
    repeat = kwds.pop('repeat', 1)
    if kwds:
        raise TypeError('%r is an invalid keyword argument for this function' % (kwds.keys()[0],))
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = range(n)
    cycles = range(n, n - r, -1)
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        done = True
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                done = False
                break
        if done:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = range(r)
    yield tuple([pool[i] for i in indices])
    while True:
        found = False
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                found = True
                break
        if not found:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


class groupby(object):
    """CPython's groupby: reads one item ahead, and a group is used up as
    soon as the groupby moves on to the next one."""

    _unset = object()

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = groupby._unset

    def __iter__(self):
        return self

    def _advance(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)

    def next(self):
        if self._currkey is groupby._unset:
            self._advance()
        elif self._tgtkey is not groupby._unset:
            while self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey))

    def _grouper(self, tgtkey):
        while self._currkey == tgtkey:
            yield self._currvalue
            self._advance()
