"""A subset of Python 2.7's collections: defaultdict, deque, namedtuple,
OrderedDict and Counter, written in Python."""

from thread import get_ident as _thread_ident

_reprs_in_progress = set()


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
        return 'defaultdict(%r, %s)' % (self.default_factory, dict.__repr__(self))


class OrderedDict(dict):
    """Dicts in minipy keep insertion order already."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = self.keys()
        key = keys[-1] if last else keys[0]
        value = self[key]
        del self[key]
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and self.items() == other.items()
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return reversed(self.keys())

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


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
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

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
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


class deque(object):
    # _state counts mutations, so that iterators notice them (as CPython).
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self._state = 0
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._state += 1
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []

    def rotate(self, n=1):
        self._state += 1
        if self._items:
            n = n % len(self._items)
            self._items = self._items[-n:] + self._items[:-n]

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        self._state += 1
        for i, item in enumerate(self._items):
            if item == x:
                del self._items[i]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def _index(self, i):
        if not isinstance(i, (int, long)):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('deque index out of range')
        return i

    def reverse(self):
        self._state += 1
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        state = self._state
        for i in xrange(len(self._items)):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[i]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        return reversed(list(self._items))

    def __delitem__(self, i):
        self._state += 1
        del self._items[self._index(i)]

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        self._items[self._index(i)] = v

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self.maxlen)


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

    def __repr__(self):
        return '%s(%s)' % (typename, ', '.join(['%s=%r' % (n, v) for n, v in zip(field_names, self)]))

    def _asdict(self):
        return OrderedDict(zip(field_names, self))

    def _replace(self, **kwds):
        values = [kwds.pop(n, v) for n, v in zip(field_names, self)]
        return cls_ref[0](*values)

    def _make(cls, iterable):
        return cls(*iterable)

    namespace = {'__new__': __new__, '__repr__': __repr__, '_fields': field_names,
                 '_asdict': _asdict, '_replace': _replace, '_make': classmethod(_make),
                 '__slots__': ()}
    for index, name in enumerate(field_names):
        namespace[name] = property(lambda self, i=index: self[i])
    cls = type(typename, (tuple,), namespace)
    cls_ref = [cls]
    return cls


# The abstract base classes (Mapping, Sequence, ...) live in _abcoll.
from _abcoll import *
import _abcoll
