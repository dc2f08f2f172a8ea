"""Temporary files and directories with safe, unpredictable names."""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir"
]

import os as _os

try:
    import errno as _errno
    _EEXIST = _errno.EEXIST
except ImportError:
    _EEXIST = 17

try:
    from cStringIO import StringIO as _StringIO
except ImportError:
    from StringIO import StringIO as _StringIO

try:
    import fcntl as _fcntl
except ImportError:
    def _set_cloexec(fd):
        pass
else:
    def _set_cloexec(fd):
        # A temporary file is not handed to child processes (as 2.7).
        try:
            flags = _fcntl.fcntl(fd, _fcntl.F_GETFD, 0)
        except IOError:
            pass
        else:
            _fcntl.fcntl(fd, _fcntl.F_SETFD, flags | _fcntl.FD_CLOEXEC)

try:
    import thread as _thread
    _allocate_lock = _thread.allocate_lock
except ImportError:
    _allocate_lock = None

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
if hasattr(_os, 'O_NOFOLLOW'):
    _text_openflags |= _os.O_NOFOLLOW
_bin_openflags = _text_openflags
if hasattr(_os, 'O_BINARY'):
    _bin_openflags |= _os.O_BINARY

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"


class _Lock(object):
    """The module's lock, or a no-op when threads are missing."""

    def __init__(self):
        self._lock = _allocate_lock() if _allocate_lock else None

    def __enter__(self):
        if self._lock is not None:
            self._lock.acquire()

    def __exit__(self, *exc):
        if self._lock is not None:
            self._lock.release()

_once_lock = _Lock()


class _RandomNameSequence:
    """An endless supply of six-character names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = None
        self._rng_pid = None

    @property
    def rng(self):
        pid = _os.getpid()
        if self._rng is None or pid != self._rng_pid:
            import random
            self._rng = random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def next(self):
        choose = self.rng.choice
        return ''.join([choose(self.characters) for _ in range(6)])

_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, _os.error):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can be created and written in."""
    # A sequence of its own: gettempdir() holds the lock that
    # _get_candidate_names() takes.
    namer = _RandomNameSequence()
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.normcase(_os.path.abspath(dir))
        for seq in xrange(100):
            name = _os.path.join(dir, namer.next())
            try:
                fd = _os.open(name, _bin_openflags, 0600)
                try:
                    try:
                        fp = _os.fdopen(fd, 'wb', 0)
                    except Exception:
                        _os.close(fd)
                        raise
                    try:
                        fp.write('blat')
                    finally:
                        fp.close()
                finally:
                    _os.unlink(name)
                return dir
            except (OSError, IOError) as e:
                if e.args[0] != _EEXIST:
                    break
    raise IOError(2, "No usable temporary directory found in %s" %
                  _candidate_tempdir_list())


def _mkstemp_inner(dir, pre, suf, flags):
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0600)
            _set_cloexec(fd)
            return (fd, _os.path.abspath(file))
        except OSError as e:
            if e.errno == _EEXIST:
                continue
            raise
    raise IOError(_EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The prefix of temporary file names ('tmp')."""
    return template

tempdir = None


def gettempdir():
    """The directory for temporary files (found once, then kept)."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Creates a file only this user can read and write; returns (an OS
    descriptor open on it, its absolute path). The caller deletes it."""
    if dir is None:
        dir = gettempdir()
    if text:
        flags = _text_openflags
    else:
        flags = _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Creates a directory only this user can use; returns its path."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0700)
            return file
        except OSError as e:
            if e.errno == _EEXIST:
                continue
            raise
    raise IOError(_EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in xrange(TMP_MAX):
        name = names.next()
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(file):
            return file
    raise IOError(_EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file with a name that is deleted when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.close_called = False
        self.delete = delete

    def __getattr__(self, name):
        file = self.__dict__['file']
        value = getattr(file, name)
        if not isinstance(value, (int, long, bool)):
            setattr(self, name, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _os.unlink(self.name)

    def __del__(self):
        self.close()

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template,
                       dir=None, delete=True):
    """A temporary file with a visible name (its `name` attribute),
    deleted on close unless delete is false."""
    if dir is None:
        dir = gettempdir()
    if 'b' in mode:
        flags = _bin_openflags
    else:
        flags = _text_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags)
    try:
        file = _os.fdopen(fd, mode, bufsize)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template,
                  dir=None):
    """An anonymous temporary file: its name is removed at once."""
    if dir is None:
        dir = gettempdir()
    if 'b' in mode:
        flags = _bin_openflags
    else:
        flags = _text_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags)
    try:
        _os.unlink(name)
        return _os.fdopen(fd, mode, bufsize)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A file kept in memory until it grows past max_size (or fileno() is
    asked), then moved to a real temporary file."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', bufsize=-1,
                 suffix="", prefix=template, dir=None):
        self._file = _StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = (mode, bufsize, suffix, prefix, dir)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        spooled = self._file
        self._file = newfile = TemporaryFile(*self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        newfile.write(spooled.getvalue())
        newfile.seek(spooled.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs[0]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def next(self):
        return self._file.next()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        self._file.seek(*args)

    @property
    def softspace(self):
        return self._file.softspace

    def tell(self):
        return self._file.tell()

    def truncate(self, *args):
        self._file.truncate(*args)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def xreadlines(self, *args):
        if hasattr(self._file, 'xreadlines'):
            return self._file.xreadlines(*args)
        return iter(self._file)
