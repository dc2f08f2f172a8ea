"""Making objects of the interpreter's own types directly (the old names
for what the types module offers)."""

import sys as _sys
import types as _types

if _sys.py3kwarning:
    import warnings as _warnings
    _warnings.warnpy3k("The 'new' module has been removed in Python 3.0; use the 'types' module instead.",
                       stacklevel=2)



def classobj(name, bases, dict):
    """A class as the class statement makes it: classic when every base is
    (type() refuses only classic bases, as 2.7's does)."""
    try:
        return _types.ClassType(name, bases, dict)
    except TypeError as e:
        if "only classic bases" not in str(e) or not _is_identifier(name):
            raise
    names = ["_b%d" % i for i in range(len(bases))]
    ns = {"__name__": dict.get("__module__", _sys._getframe(1).f_globals.get("__name__"))}
    ns.update(zip(names, bases))
    exec "class %s(%s): pass" % (name, ", ".join(names)) in ns
    cls = ns[name]
    for k, v in dict.items():
        setattr(cls, k, v)
    return cls


def _is_identifier(name):
    import re
    return isinstance(name, str) and re.match(r"[A-Za-z_][A-Za-z0-9_]*\Z", name) is not None


function = _types.FunctionType
instancemethod = _types.MethodType
module = _types.ModuleType
code = _types.CodeType


def _is_classic(cls):
    # Classic classes are types underneath here (and classobj() makes
    # them with type()): any class but the built-in types will do.
    return isinstance(cls, type) and getattr(cls, "__module__", None) != "__builtin__"


def instance(cls, dict=None):
    """An instance of the classic class `cls` whose __dict__ is `dict`,
    made without calling __init__."""
    if not _is_classic(cls):
        raise TypeError("instance() argument 1 must be classobj, not %s" % type(cls).__name__)
    if dict is not None and not isinstance(dict, type({})):
        raise TypeError("instance() second arg must be dictionary or None")
    obj = cls.__new__(cls)
    if dict is not None:
        obj.__dict__ = dict
    return obj
