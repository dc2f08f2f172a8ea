"""dummy_threading: the threading API for programs written to run where
threads may be missing. minipy always has real threads, so this module is
the threading module itself under a second name (code that imports it gets
working, truly concurrent threads)."""

from threading import *
from threading import (_allocate_lock, _get_ident, _shutdown, _DummyThread,
                       _MainThread, _Timer, _RLock, _Condition, _Semaphore,
                       _BoundedSemaphore, _Event)
import threading as _threading

__all__ = _threading.__all__
