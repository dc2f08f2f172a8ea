"""Waiting for I/O: select(), poll() and epoll() as Python 2.7 has them,
written over the native `_select.poll` (poll(2) with the GIL released)."""

import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG)

EPOLLIN = 0x001
EPOLLPRI = 0x002
EPOLLOUT = 0x004
EPOLLERR = 0x008
EPOLLHUP = 0x010
EPOLLRDNORM = 0x040
EPOLLRDBAND = 0x080
EPOLLWRNORM = 0x100
EPOLLWRBAND = 0x200
EPOLLMSG = 0x400
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31


class error(Exception):
    pass

error.__module__ = 'select'


def _wait(pairs, timeout):
    try:
        return _select.poll(pairs, timeout)
    except OSError, e:
        raise error(e.args[0], e.args[1])


def _fd_of(obj):
    if isinstance(obj, (int, long)):
        fd = obj
    else:
        try:
            get = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method")
        fd = get()
        if not isinstance(fd, (int, long)):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return int(fd)


def _as_list(seq):
    try:
        return list(seq)
    except TypeError:
        raise TypeError("arguments 1-3 must be sequences")


def select(rlist, wlist, xlist, timeout=None):
    """Waits until some of the objects are ready: (readable, writable, exceptional)."""
    if timeout is not None:
        try:
            timeout = float(timeout)
        except (TypeError, ValueError):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise error(22, 'Invalid argument')
    lists = [_as_list(rlist), _as_list(wlist), _as_list(xlist)]
    fds = [[_fd_of(o) for o in l] for l in lists]
    wanted = {}
    for which, bit in ((0, POLLIN), (1, POLLOUT), (2, POLLPRI)):
        for fd in fds[which]:
            wanted[fd] = wanted.get(fd, 0) | bit
    if not wanted:
        _wait([], timeout)
        return [], [], []
    got = dict(_wait(sorted(wanted.items()), timeout))
    for fd, rev in got.items():
        if rev & POLLNVAL:
            raise error(9, 'Bad file descriptor')
    masks = (POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI)
    result = []
    for which in range(3):
        mask = masks[which]
        result.append([o for o, fd in zip(lists[which], fds[which])
                       if got.get(fd, 0) & mask])
    return tuple(result)


def _event_mask(mask):
    if not 0 <= mask <= 0xffff:
        raise OverflowError("unsigned short is %s than maximum" %
                            ("less" if mask < 0 else "greater"))
    return mask


class _poll(object):
    """The object poll() returns."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fd_of(fd)] = _event_mask(eventmask)

    def modify(self, fd, eventmask):
        fd = _fd_of(fd)
        eventmask = _event_mask(eventmask)
        if fd not in self._fds:
            raise IOError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        if timeout is not None:
            try:
                timeout = int(timeout)
            except (TypeError, ValueError):
                raise TypeError("an integer is required")
            if timeout > 0x7fffffff:
                raise OverflowError("Python int too large to convert to C int")
            timeout = None if timeout < 0 else timeout / 1000.0
        return _wait(sorted(self._fds.items()), timeout)


def poll():
    """A polling object: register descriptors, then poll([timeout_ms])."""
    return _poll()


_EPOLL_TO_POLL = ((EPOLLIN, POLLIN), (EPOLLPRI, POLLPRI), (EPOLLOUT, POLLOUT),
                  (EPOLLERR, POLLERR), (EPOLLHUP, POLLHUP))


class epoll(object):
    """epoll([sizehint=-1]): level-triggered, emulated with poll(2)."""

    def __init__(self, sizehint=-1):
        self._fds = {}
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed epoll fd")

    closed = property(lambda self: self._closed)

    def close(self):
        self._closed = True

    def fileno(self):
        self._check()
        return -1

    def register(self, fd, eventmask=EPOLLIN | EPOLLOUT | EPOLLPRI):
        self._check()
        fd = _fd_of(fd)
        if fd in self._fds:
            raise IOError(17, 'File exists')
        self._fds[fd] = eventmask

    def modify(self, fd, eventmask):
        self._check()
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise IOError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        self._check()
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise IOError(2, 'No such file or directory')
        del self._fds[fd]

    def poll(self, timeout=-1, maxevents=-1):
        self._check()
        if timeout is not None and timeout < 0:
            timeout = None
        pairs = []
        for fd, mask in sorted(self._fds.items()):
            ev = 0
            for e, p in _EPOLL_TO_POLL:
                if mask & e:
                    ev |= p
            pairs.append((fd, ev))
        out = []
        for fd, rev in _wait(pairs, timeout):
            ev = 0
            for e, p in _EPOLL_TO_POLL:
                if rev & p:
                    ev |= e
            if ev:
                out.append((fd, ev))
                if self._fds.get(fd, 0) & EPOLLONESHOT:
                    self._fds[fd] = 0
        if maxevents > 0:
            out = out[:maxevents]
        return out
