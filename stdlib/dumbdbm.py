"""A slow but portable dbm: dumbdbm, as in Python 2.7.

Written for minipy. A database `name` is two files: `name.dat` holds the
values, each starting on a 512-byte block boundary, and `name.dir` the index,
one line per key: `'key', (offset, size)`. The index lives in memory and is
written back (the old one kept as `name.bak`) by sync(), close() and deletes.
Index lines are read as literals only, never evaluated.
"""

import os as _os
import re as _re
import UserDict

_open = open
_BLOCKSIZE = 512

error = IOError

_INDEX_LINE = _re.compile(r"""\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\(\s*(\d+)L?\s*,\s*(\d+)L?\s*\)\s*$""")


def _parse_index_line(line):
    found = _INDEX_LINE.match(line)
    if not found:
        raise ValueError('malformed string')
    key = found.group(1)[1:-1].decode('string_escape')
    return key, (int(found.group(2)), int(found.group(3)))


class _Database(UserDict.DictMixin):

    def __init__(self, filebasename, mode, flag='c'):
        self._mode = mode
        self._readonly = (flag == 'r')
        self._dirfile = filebasename + _os.extsep + 'dir'
        self._datfile = filebasename + _os.extsep + 'dat'
        self._bakfile = filebasename + _os.extsep + 'bak'
        self._index = None
        self._os = _os          # close() may run at exit, when globals are gone
        try:
            _open(self._datfile, 'r').close()
        except IOError:
            with _open(self._datfile, 'w'):
                self._chmod(self._datfile)
        self._load_index()

    def _load_index(self):
        self._index = {}
        try:
            f = _open(self._dirfile)
        except IOError:
            self._modified = not self._readonly
            return
        self._modified = False
        with f:
            for line in f:
                key, where = _parse_index_line(line.rstrip())
                self._index[key] = where

    def _commit(self):
        if self._index is None or not self._modified:
            return
        os = self._os
        try:
            os.unlink(self._bakfile)
        except os.error:
            pass
        try:
            os.rename(self._dirfile, self._bakfile)
        except os.error:
            pass
        with _open(self._dirfile, 'w') as f:
            self._chmod(self._dirfile)
            for key, where in self._index.iteritems():
                f.write("%r, %r\n" % (key, where))

    sync = _commit

    def __getitem__(self, key):
        pos, size = self._index[key]
        with _open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _append_value(self, val):
        # A new value starts on the next block boundary after the data.
        with _open(self._datfile, 'rb+') as f:
            f.seek(0, 2)
            end = int(f.tell())
            start = (end + _BLOCKSIZE - 1) // _BLOCKSIZE * _BLOCKSIZE
            f.write('\0' * (start - end))
            f.write(val)
        return start, len(val)

    def _overwrite_value(self, pos, val):
        with _open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return pos, len(val)

    def __setitem__(self, key, val):
        if not type(key) == type('') == type(val):
            raise TypeError("keys and values must be strings")
        self._modified = True
        if key not in self._index:
            where = self._append_value(val)
            self._index[key] = where
            with _open(self._dirfile, 'a') as f:
                self._chmod(self._dirfile)
                f.write("%r, %r\n" % (key, where))
            return
        pos, size = self._index[key]
        blocks_had = (size + _BLOCKSIZE - 1) // _BLOCKSIZE
        blocks_need = (len(val) + _BLOCKSIZE - 1) // _BLOCKSIZE
        if blocks_need <= blocks_had:
            self._index[key] = self._overwrite_value(pos, val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        self._modified = True
        # The value's bytes stay in the data file (no compaction).
        del self._index[key]
        self._commit()

    def keys(self):
        return self._index.keys()

    def has_key(self, key):
        return key in self._index

    def __contains__(self, key):
        return key in self._index

    def iterkeys(self):
        return self._index.iterkeys()

    __iter__ = iterkeys

    def __len__(self):
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, path):
        if hasattr(self._os, 'chmod'):
            self._os.chmod(path, self._mode)


def open(file, flag=None, mode=0666):
    """Open (creating if needed) the database whose files start with `file`.
    flag 'r' opens it read-only; mode is masked by the umask."""
    try:
        um = _os.umask(0)
        _os.umask(um)
    except AttributeError:
        pass
    else:
        mode = mode & (~um)
    return _Database(file, mode, flag)
