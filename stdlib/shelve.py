"""Persistent dictionaries of pickled values (Python 2.7's shelve).

Written for minipy. A Shelf wraps any dict-like store of strings: values go
in pickled (protocol 0 unless told otherwise) and come out unpickled. With
writeback=True every value read is cached and written back on sync() or
close(), so mutating `shelf[key].append(x)` sticks.
"""

from cPickle import Pickler, Unpickler
from cStringIO import StringIO
import UserDict

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(UserDict.DictMixin):
    """Stands in for the store of a closed shelf: every use is an error."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(UserDict.DictMixin):
    """A dict-like object over `dict`, a mapping of str keys to str values."""

    def __init__(self, dict, protocol=None, writeback=False):
        self.dict = dict
        self._protocol = 0 if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}

    def keys(self):
        return self.dict.keys()

    def __len__(self):
        return len(self.dict)

    def has_key(self, key):
        return key in self.dict

    def __contains__(self, key):
        return key in self.dict

    def get(self, key, default=None):
        if key in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = Unpickler(StringIO(self.dict[key])).load()
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        out = StringIO()
        Pickler(out, self._protocol).dump(value)
        self.dict[key] = out.getvalue()

    def __delitem__(self, key):
        del self.dict[key]
        self.cache.pop(key, None)

    def close(self):
        self.sync()
        try:
            self.dict.close()
        except AttributeError:
            pass
        # At interpreter exit _ClosedDict may already be gone.
        try:
            self.dict = _ClosedDict()
        except (NameError, TypeError):
            self.dict = None

    def __del__(self):
        if not hasattr(self, 'writeback'):
            return      # __init__ did not finish
        self.close()

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, value in self.cache.iteritems():
                self[key] = value
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a bsddb hash/btree, adding its cursor methods."""

    def _unpickled(self, pair):
        key, value = pair
        return key, Unpickler(StringIO(value)).load()

    def set_location(self, key):
        return self._unpickled(self.dict.set_location(key))

    def next(self):
        return self._unpickled(self.dict.next())

    def previous(self):
        return self._unpickled(self.dict.previous())

    def first(self):
        return self._unpickled(self.dict.first())

    def last(self):
        return self._unpickled(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf over anydbm.open(filename, flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import anydbm
        Shelf.__init__(self, anydbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary stored in files named after `filename`."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
