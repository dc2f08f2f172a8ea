"""Helpers for with-statement context managers."""

import sys
from functools import wraps

__all__ = ["contextmanager", "nested", "closing"]


class GeneratorContextManager(object):
    """Drives a one-yield generator as a context manager."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return self.gen.next()
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                self.gen.next()
            except StopIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The exception was given as a class only: make an instance.
            value = type()
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration as stop:
            # The generator swallowed the exception, unless the StopIteration
            # is the very exception passed in.
            return stop is not value
        except:
            if sys.exc_info()[1] is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorContextManager(func(*args, **kwds))
    return helper


@contextmanager
def nested(*managers):
    exits = []
    vars = []
    exc = (None, None, None)
    try:
        for mgr in managers:
            exit = mgr.__exit__
            enter = mgr.__enter__
            vars.append(enter())
            exits.append(exit)
        yield vars
    except:
        exc = sys.exc_info()
    finally:
        while exits:
            exit = exits.pop()
            try:
                if exit(*exc):
                    exc = (None, None, None)
            except:
                exc = sys.exc_info()
        if exc != (None, None, None):
            raise exc[0], exc[1], exc[2]


class closing(object):
    """Calls thing.close() when the with block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
