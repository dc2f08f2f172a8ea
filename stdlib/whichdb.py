"""Guess which dbm module made a database file (Python 2.7's whichdb).

Written for minipy: whichdb(name) is None when no file is there, '' when the
kind is unknown, else a module name: 'dbm' (.pag/.dir), 'dumbdbm'
(.dat/.dir), or from the file's magic number 'gdbm', 'bsddb185', 'dbhash'.
"""

import os
import struct

try:
    import dbm
    _dbmerror = dbm.error
except ImportError:
    dbm = None
    _dbmerror = IOError


def _exists(path):
    try:
        open(path, 'rb').close()
        return True
    except IOError:
        return False


def whichdb(filename):
    if _exists(filename + os.extsep + 'pag') and _exists(filename + os.extsep + 'dir'):
        return 'dbm'
    if dbm is not None and _exists(filename + os.extsep + 'db'):
        try:
            dbm.open(filename).close()
            return 'dbm'
        except (IOError, _dbmerror):
            pass
    try:
        os.stat(filename + os.extsep + 'dat')
        if os.stat(filename + os.extsep + 'dir').st_size == 0:
            return 'dumbdbm'        # a dumbdbm index without keys is empty
        with open(filename + os.extsep + 'dir', 'rb') as f:
            if f.read(1) in ("'", '"'):
                return 'dumbdbm'
    except (OSError, IOError):
        pass
    try:
        f = open(filename, 'rb')
    except IOError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ''
    (magic,) = struct.unpack('=l', head[:4])
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return 'gdbm'
    if magic in (0x00061561, 0x61150600):
        return 'bsddb185'
    # Later Berkeley DB hash files put 12 bytes before the magic number.
    try:
        (magic,) = struct.unpack('=l', head[-4:])
    except struct.error:
        return ''
    if magic in (0x00061561, 0x61150600):
        return 'dbhash'
    return ''


if __name__ == '__main__':
    import sys
    for name in sys.argv[1:]:
        print whichdb(name) or 'UNKNOWN', name
