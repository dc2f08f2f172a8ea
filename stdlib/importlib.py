"""Python 2.7's importlib: import_module, the one function 2.7 offers."""

import sys


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name at level from
    package."""
    if not hasattr(package, 'rindex'):
        raise ValueError("'package' not set to a string")
    base = package
    for _ in xrange(level, 1, -1):
        try:
            base = base[:base.rindex('.')]
        except ValueError:
            raise ValueError("attempted relative import beyond top-level "
                             "package")
    return "%s.%s" % (base, name)


def import_module(name, package=None):
    """Imports and returns the module name; a name starting with dots is
    relative to package."""
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' argument")
        level = len(name) - len(name.lstrip('.'))
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]
