"""Path functions shared by posixpath and ntpath (Python 2.7's genericpath):
the ones that ask the file system, and commonprefix."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']


def exists(path):
    """True when path names something (a broken symbolic link does not)."""
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def isfile(path):
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except os.error:
        return False


def isdir(s):
    try:
        return stat.S_ISDIR(os.stat(s).st_mode)
    except os.error:
        return False


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading string (character by character) of every item."""
    if not m:
        return ''
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _splitext(p, sep, altsep, extsep):
    """(root, ext) where ext is the last dot and what follows it in the
    last component, unless that component is only leading dots before it."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        for c in p[last_sep + 1:dot]:
            if c != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]
