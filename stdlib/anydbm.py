"""One open() for every dbm flavour (Python 2.7's anydbm).

Written for minipy. An existing database is opened with the module whichdb
names; a new one is made with the first available of dbhash, gdbm, dbm and
dumbdbm (under minipy: dumbdbm). `error` is the tuple of their errors.
"""


class error(Exception):
    pass


_names = ['dbhash', 'gdbm', 'dbm', 'dumbdbm']
_errors = [error]
_defaultmod = None

for _name in _names:
    try:
        _mod = __import__(_name)
    except ImportError:
        continue
    if not _defaultmod:
        _defaultmod = _mod
    _errors.append(_mod.error)

if not _defaultmod:
    raise ImportError("no dbm clone found; tried %s" % _names)

error = tuple(_errors)


def open(file, flag='r', mode=0666):
    """Open or create a database: flag 'r' (read), 'w' (read/write), 'c'
    (create if needed) or 'n' (always a new, empty one)."""
    from whichdb import whichdb
    kind = whichdb(file)
    if kind is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("need 'c' or 'n' flag to open new db")
    elif kind == '':
        raise error[0]("db type could not be determined")
    else:
        mod = __import__(kind)
    return mod.open(file, flag, mode)
