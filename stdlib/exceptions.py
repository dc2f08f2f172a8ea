"""Python 2.7's exceptions module: the built-in exception classes, the very
objects that the builtins namespace holds."""

import __builtin__ as _builtins


def _collect(namespace):
    for name in dir(_builtins):
        obj = getattr(_builtins, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            namespace[name] = obj


_collect(globals())
del _collect, _builtins
