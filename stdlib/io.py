"""Python 2.7's io module. CPython backs it with the C module _io; minipy
has one implementation, the pure-Python _pyio, and io hands out its classes
(so io.BytesIO is _pyio.BytesIO and CPython's tests of the C classes run
on the same code)."""

from _pyio import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                   open as _pyio_open, IOBase, RawIOBase, FileIO, BytesIO, StringIO,
                   BufferedIOBase, BufferedReader, BufferedWriter, BufferedRWPair,
                   BufferedRandom, TextIOBase, TextIOWrapper, IncrementalNewlineDecoder,
                   OpenWrapper, SEEK_SET, SEEK_CUR, SEEK_END)

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']


class _BuiltinOpen(object):
    """io.open behaves as a builtin function: stored as a class attribute it
    does not turn into a method."""
    __name__ = 'open'
    __module__ = 'io'
    __doc__ = _pyio_open.__doc__

    def __call__(self, *args, **kwargs):
        return _pyio_open(*args, **kwargs)

    def __repr__(self):
        return '<built-in function open>'


open = _BuiltinOpen()
del _BuiltinOpen
