"""The `thread` module's interface without threads (Python 2.7's dummy_thread).

Written for minipy. start_new_thread() runs the function to completion at
once, in the caller; locks are flags (acquiring a held lock without blocking
fails, blocking on it returns at once, since nothing could release it);
interrupt_main() from inside such a "thread" raises KeyboardInterrupt when
it returns.
"""

import traceback as _traceback

__all__ = ['error', 'start_new_thread', 'exit', 'get_ident', 'allocate_lock',
           'interrupt_main', 'LockType']


class error(Exception):
    """What `thread.error` is: raised on releasing an unlocked lock."""

    def __init__(self, *args):
        self.args = args


_main = True            # False while a "thread" runs
_interrupt = False      # interrupt_main() was called from a "thread"


def start_new_thread(function, args, kwargs={}):
    if type(args) != type(tuple()):
        raise TypeError("2nd arg must be a tuple")
    if type(kwargs) != type(dict()):
        raise TypeError("3rd arg must be a dict")
    global _main, _interrupt
    _main = False
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _traceback.print_exc()
    _main = True
    if _interrupt:
        _interrupt = False
        raise KeyboardInterrupt


def exit():
    raise SystemExit


def get_ident():
    """There is one thread: its identity is always -1."""
    return -1


def allocate_lock():
    return LockType()


def stack_size(size=None):
    if size is not None:
        raise error("setting thread stack size not supported")
    return 0


class LockType(object):
    """A lock that is only a flag."""

    def __init__(self):
        self.locked_status = False

    def acquire(self, waitflag=None):
        if waitflag is None or waitflag or not self.locked_status:
            self.locked_status = True
            return True
        return False

    __enter__ = acquire

    def __exit__(self, typ, val, tb):
        self.release()

    def release(self):
        if not self.locked_status:
            raise error
        self.locked_status = False
        return True

    def locked(self):
        return self.locked_status


def interrupt_main():
    """KeyboardInterrupt in the main thread: at once when called from it,
    else when the running "thread" returns."""
    global _interrupt
    if _main:
        raise KeyboardInterrupt
    _interrupt = True
