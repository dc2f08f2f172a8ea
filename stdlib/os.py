"""Operating-system services: the native `posix` module plus the parts of
os that are easier to write in Python (walk, removedirs, renames, ...)."""

import sys
from posix import *
import posix as _posix
import posixpath as path

name = 'posix'
error = OSError
linesep = '\n'
altsep = None
defpath = ':/bin:/usr/bin'


def _first_error_handler(err):
    pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return
    subdirs = []
    files = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            subdirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, subdirs, files
    for entry in subdirs:
        full = path.join(top, entry)
        if followlinks or not path.islink(full):
            for triple in walk(full, topdown, onerror, followlinks):
                yield triple
    if not topdown:
        yield top, subdirs, files


def makedirs(name, mode=0777):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError as e:
            if e.errno != 17:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass


def _commonprefix(m):
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _path_walk(top, func, arg):
    try:
        names = listdir(top)
    except error:
        return
    func(arg, top, names)
    for entry in names:
        full = path.join(top, entry)
        if path.isdir(full) and not path.islink(full):
            _path_walk(full, func, arg)


path.commonprefix = _commonprefix
path.walk = _path_walk
path.os = sys.modules[__name__]
sys.modules['os.path'] = path
