"""A subset of Python 2.7's collections: defaultdict, deque, namedtuple,
OrderedDict and Counter, written in Python."""

from thread import get_ident as _thread_ident

_reprs_in_progress = set()


import sys as _sys


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        # The factory may be a bound method of this very dict.
        key = id(self)
        if key in _repr_running:
            factory = '...'
        else:
            _repr_running.add(key)
            try:
                factory = repr(self.default_factory)
            finally:
                _repr_running.discard(key)
        return 'defaultdict(%s, %s)' % (factory, dict.__repr__(self))

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, self.iteritems()


_repr_running = set()


class OrderedDict(dict):
    """A dict that remembers the order its keys were first stored in.

    Plain dicts iterate in CPython 2.7's hash order; this one keeps its own
    order: a circular doubly linked list of [prev, next, key] cells, one per
    key, found through a private dict.
    """

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        if len(args) > 2:
            raise TypeError('expected at most 1 arguments, got %d' % (len(args) - 1))
        try:
            self.__ring
        except AttributeError:
            self.__ring = ring = []
            ring[:] = [ring, ring, None]
            self.__cells = {}
        # Not self.update: a subclass may override it (2.7's __init__ keeps
        # working then).
        OrderedDict.update(self, *args[1:], **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        if key not in self:
            ring = self.__ring
            last = ring[0]
            cell = [last, ring, key]
            last[1] = ring[0] = self.__cells[key] = cell
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        dict_delitem(self, key)
        prev, nxt, _ = self.__cells.pop(key)
        prev[1] = nxt
        nxt[0] = prev

    def __iter__(self):
        ring = self.__ring
        cell = ring[1]
        while cell is not ring:
            yield cell[2]
            cell = cell[1]

    def __reversed__(self):
        ring = self.__ring
        cell = ring[0]
        while cell is not ring:
            yield cell[2]
            cell = cell[0]

    def clear(self):
        ring = self.__ring
        ring[:] = [ring, ring, None]
        self.__cells.clear()
        dict.clear(self)

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def iterkeys(self):
        return iter(self)

    def itervalues(self):
        for k in self:
            yield self[k]

    def iteritems(self):
        for k in self:
            yield (k, self[k])

    def viewkeys(self):
        return KeysView(self)

    def viewvalues(self):
        return ValuesView(self)

    def viewitems(self):
        return ItemsView(self)

    def update(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'update' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        if len(args) > 2:
            raise TypeError('update() takes at most 2 positional '
                            'arguments (%d given)' % (len(args),))
        if len(args) == 2:
            other = args[1]
            if isinstance(other, dict):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        value = self.pop(key)
        return key, value

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        items = [[k, self[k]] for k in self]
        state = vars(self).copy()
        for name in vars(OrderedDict()):
            state.pop(name, None)
        if state:
            return (self.__class__, (items,), state)
        return self.__class__, (items,)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and self.items() == other.items()
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        # A dict that contains itself shows '...' at the inner level; the
        # key includes the thread, so two threads can print one dict at once.
        token = (id(self), _thread_ident())
        if token in _reprs_in_progress:
            return '...'
        _reprs_in_progress.add(token)
        try:
            if not self:
                return 'OrderedDict()'
            return 'OrderedDict(%r)' % (self.items(),)
        finally:
            _reprs_in_progress.discard(token)


def _counter_args(name, args):
    if not args:
        raise TypeError("descriptor '%s' of 'Counter' object needs an "
                        "argument" % name)
    if len(args) > 2:
        raise TypeError('expected at most 1 arguments, got %d' % (len(args) - 1))
    return args[0], (args[1] if len(args) > 1 else None)


class Counter(dict):
    def __init__(*args, **kwds):
        # self is taken positionally so that 'self' can be a key.
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        if len(args) > 2:
            raise TypeError('expected at most 1 arguments, got %d' % (len(args) - 1))
        dict.__init__(self)
        self.update(*args[1:], **kwds)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __missing__(self, key):
        return 0

    def update(*args, **kwds):
        self, iterable = _counter_args('update', args)
        if iterable is not None:
            if isinstance(iterable, Mapping) and not self:
                dict.update(self, iterable)
            elif isinstance(iterable, Mapping):
                for elem, count in iterable.iteritems():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for i in range(count):
                yield elem

    def subtract(*args, **kwds):
        self, iterable = _counter_args('subtract', args)
        if iterable is not None:
            if isinstance(iterable, Mapping):
                for elem, count in iterable.iteritems():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __repr__(self):
        if not self:
            return 'Counter()'
        items = ', '.join(['%r: %r' % kv for kv in self.most_common()])
        return 'Counter({%s})' % items


_DEQUE_SLOTS = ('_items', '_state', '_maxlen')


# The arity errors of 2.7's deque, a C type: its methods are METH_NOARGS
# ("takes no arguments") or METH_O ("takes exactly one argument"), its
# dunders slot wrappers ("expected 1 arguments, got 0").
def _noargs(name, args):
    if args:
        raise TypeError('%s() takes no arguments (%d given)' % (name, len(args)))


def _onearg(name, args):
    if len(args) != 1:
        raise TypeError('%s() takes exactly one argument (%d given)' % (name, len(args)))
    return args[0]


def _slot(n, args, lead=''):
    if len(args) != n:
        raise TypeError('%sexpected %d arguments, got %d' % (lead, n, len(args)))


class deque(object):
    # _state counts mutations, so that iterators notice them (as CPython).
    def __init__(self, *args, **kw):
        # Parsed as 2.7's "|OO:deque", whose arity errors name deque().
        if len(args) + len(kw) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % (len(args) + len(kw)))
        for k in kw:
            if k not in ('iterable', 'maxlen'):
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        iterable = args[0] if args else kw.get('iterable', ())
        maxlen = args[1] if len(args) > 1 else kw.get('maxlen')
        if len(args) > 1 and 'maxlen' in kw:
            raise TypeError("Argument given by name ('maxlen') and position (2)")
        if args and 'iterable' in kw:
            raise TypeError("Argument given by name ('iterable') and position (1)")
        if maxlen is not None:
            if not isinstance(maxlen, (int, long)):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._state = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    __hash__ = None

    def _trim(self, left):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            if left:
                self._items.pop()
            else:
                self._items.pop(0)

    def append(self, *args):
        if len(args) != 1:
            _onearg('append', args)
        x = args[0]
        self._state += 1
        self._items.append(x)
        self._trim(False)

    def appendleft(self, *args):
        if len(args) != 1:
            _onearg('appendleft', args)
        x = args[0]
        self._state += 1
        self._items.insert(0, x)
        self._trim(True)

    def pop(self, *args):
        if args:
            _noargs('pop', args)
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self, *args):
        if args:
            _noargs('popleft', args)
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def extend(self, *args):
        iterable = _onearg('extend', args)
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, *args):
        iterable = _onearg('extendleft', args)
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def __iadd__(self, *args):
        _slot(1, args)
        other = args[0]
        self.extend(other)
        return self

    def clear(self, *args):
        _noargs('clear', args)
        self._state += 1
        self._items = []

    def rotate(self, *args):
        if len(args) > 1:
            raise TypeError('rotate() takes at most 1 argument (%d given)' % len(args))
        n = args[0] if args else 1
        if not isinstance(n, (int, long)):
            if isinstance(n, float):
                raise TypeError('integer argument expected, got float')
            if not hasattr(type(n), '__int__'):
                raise TypeError('an integer is required')
            n = int(n)
        if not -2**63 <= n < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        self._state += 1
        if self._items:
            n = n % len(self._items)
            if n:
                self._items = self._items[-n:] + self._items[:-n]

    def count(self, *args):
        x = _onearg('count', args)
        # An __eq__ that changes the deque stops the count.
        state = self._state
        n = 0
        for item in list(self._items):
            if item == x:
                n += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def remove(self, *args):
        x = _onearg('remove', args)
        items = self._items
        for i in xrange(len(items)):
            item = items[i]
            found = item == x
            if self._items is not items or len(items) <= i or items[i] is not item:
                raise IndexError('deque mutated during remove().')
            if found:
                self._state += 1
                del items[i]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def _index(self, i):
        if not isinstance(i, (int, long)):
            if not hasattr(type(i), '__index__'):
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
            i = i.__index__()
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('deque index out of range')
        return i

    def reverse(self, *args):
        _noargs('reverse', args)
        self._state += 1
        self._items.reverse()

    def __len__(self, *args):
        _slot(0, args)
        return len(self._items)

    def __iter__(self, *args):
        _slot(0, args)
        return _deque_iterator(self, False)

    def __reversed__(self, *args):
        _noargs('__reversed__', args)
        return _deque_iterator(self, True)

    def __delitem__(self, *args):
        _slot(1, args)
        i = self._index(args[0])
        self._state += 1
        del self._items[i]

    def __getitem__(self, *args):
        _slot(1, args)
        return self._items[self._index(args[0])]

    def __setitem__(self, *args):
        _slot(2, args, ' ')
        self._items[self._index(args[0])] = args[1]

    # No __contains__: as 2.7's deque, `in` iterates (and notices a deque
    # changed by an __eq__ on the way).

    def __sizeof__(self, *args):
        _noargs('__sizeof__', args)
        return object.__sizeof__(self)

    def __copy__(self, *args):
        _noargs('__copy__', args)
        return self.__class__(self, self._maxlen)

    def __reduce__(self, *args):
        # 2.7's forms: (type, (items,)) or (type, (items, maxlen)) for a
        # deque without a __dict__ (a plain deque), and (type, (items,
        # maxlen or None), __dict__) for a subclass's instance.
        _noargs('__reduce__', args)
        if type(self) is deque:
            if self._maxlen is None:
                return (type(self), (list(self),))
            return (type(self), (list(self), self._maxlen))
        state = dict((k, v) for k, v in self.__dict__.items() if k not in _DEQUE_SLOTS)
        return (type(self), (list(self), self._maxlen), state)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self._items), list(other._items))

    def __eq__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a == b)

    def __ne__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a != b)

    def __lt__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a < b)

    def __le__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a <= b)

    def __gt__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a > b)

    def __ge__(self, *args):
        _slot(1, args)
        return self._compare(args[0], lambda a, b: a >= b)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = repr(self._items)
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return 'deque(%s)' % (items,)
        return 'deque(%s, maxlen=%d)' % (items, self._maxlen)


class _deque_iterator(object):
    def __init__(self, d, backwards):
        self._deque = d
        self._state = d._state
        self._pos = 0
        self._backwards = backwards

    def __iter__(self):
        return self

    def __length_hint__(self):
        return max(len(self._deque._items) - self._pos, 0)

    def next(self):
        d = self._deque
        if d._state != self._state:
            self._pos = len(d._items)
            raise RuntimeError('deque mutated during iteration')
        items = d._items
        if self._pos >= len(items):
            raise StopIteration
        self._pos += 1
        return items[-self._pos] if self._backwards else items[self._pos - 1]


_KEYWORDS = frozenset([
    'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif',
    'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print', 'raise',
    'return', 'try', 'while', 'with', 'yield'])


def _iskeyword(name):
    return name in _KEYWORDS


def namedtuple(typename, field_names, verbose=False, rename=False):
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not all(c.isalnum() or c == '_' for c in name) or _iskeyword(name)
                    or not name or name[0].isdigit() or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not all(c.isalnum() or c == '_' for c in name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_names = tuple(field_names)

    # Written out as source, as CPython does, so that wrong arguments get the
    # messages of an ordinary function with these parameters.
    arg_list = ', '.join(field_names)
    new_namespace = {'_tuple': tuple}
    values = '(%s,)' % arg_list if field_names else '()'
    exec ('def __new__(_cls, %s):\n    return _tuple.__new__(_cls, %s)\n'
          % (arg_list, values)) in new_namespace
    __new__ = new_namespace['__new__']

    nfields = len(field_names)

    def __repr__(self):
        return '%s(%s)' % (typename, ', '.join(['%s=%r' % (n, v) for n, v in zip(field_names, self)]))

    def _asdict(self):
        return OrderedDict(zip(field_names, self))

    def _replace(_self, **kwds):
        result = _self._make(map(kwds.pop, field_names, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return result

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def __getnewargs__(self):
        return tuple(self)

    def __getstate__(self):
        # The field values travel as __new__'s arguments; no state.
        return None

    namespace = {'__new__': __new__, '__repr__': __repr__, '_fields': field_names,
                 '_asdict': _asdict, '_replace': _replace, '_make': classmethod(_make),
                 '__dict__': property(_asdict), '__getnewargs__': __getnewargs__,
                 '__getstate__': __getstate__, '__slots__': (),
                 '__doc__': '%s(%s)' % (typename, ', '.join(field_names))}
    for index, name in enumerate(field_names):
        namespace[name] = property(lambda self, i=index: self[i],
                                   doc='Alias for field number %d' % index)
    cls = type(typename, (tuple,), namespace)
    # Pickling finds the class through the module that called namedtuple.
    try:
        cls.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    cls_ref = [cls]
    return cls


# The abstract base classes (Mapping, Sequence, ...) live in _abcoll.
from _abcoll import *
import _abcoll
