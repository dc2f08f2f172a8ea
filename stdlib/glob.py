"""Pathname pattern expansion (glob, iglob)."""

import sys
import os
import fnmatch

__all__ = ["glob", "iglob"]


def glob(pathname):
    """The paths matching pathname (in os.listdir order)."""
    return list(iglob(pathname))


def iglob(pathname):
    """An iterator over the paths matching pathname."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(pathname):
                yield pathname
        elif os.path.isdir(dirname):
            yield pathname
        return
    if not dirname:
        for name in glob1(os.curdir, basename):
            yield name
        return
    if dirname != pathname and has_magic(dirname):
        parents = iglob(dirname)
    else:
        parents = [dirname]
    if has_magic(basename):
        expand = glob1
    else:
        expand = glob0
    for parent in parents:
        for name in expand(parent, basename):
            yield os.path.join(parent, name)


def glob1(dirname, pattern):
    if not dirname:
        dirname = os.curdir
    if isinstance(pattern, unicode) and not isinstance(dirname, unicode):
        dirname = unicode(dirname, sys.getfilesystemencoding() or
                          sys.getdefaultencoding())
    try:
        names = os.listdir(dirname)
    except os.error:
        return []
    if pattern[0] != '.':
        names = [n for n in names if n[0] != '.']
    return fnmatch.filter(names, pattern)


def glob0(dirname, basename):
    if basename == '':
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []


def has_magic(s):
    for c in '*?[':
        if c in s:
            return True
    return False
