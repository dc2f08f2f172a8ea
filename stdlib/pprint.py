"""Pretty-printing of Python data structures (the API and output of
Python 2.7's pprint): dicts, lists, tuples and sets that do not fit in the
width are split one item per line; dict keys and set items are sorted."""

import sys as _sys
from cStringIO import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None):
    PrettyPrinter(stream=stream, indent=indent, width=width,
                  depth=depth).pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    return PrettyPrinter(indent=indent, width=width, depth=depth).pformat(object)


def saferepr(object):
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return _safe_repr(object, {}, None, 0)[2]


def _plain(typ, base):
    """True when typ is base or a subclass that keeps base's repr."""
    return issubclass(typ, base) and getattr(typ, "__repr__", None) is base.__repr__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None):
        indent = int(indent)
        width = int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        level += 1
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level - 1)
        typ = type(object)
        split = len(rep) > (self._width - 1 - indent - allowance)
        write = stream.write

        if self._depth and level > self._depth:
            write(rep)
            return

        step = self._indent_per_level
        if _plain(typ, dict):
            write('{')
            if step > 1:
                write((step - 1) * ' ')
            if object:
                context[key] = 1
                indent += step
                for n, (k, v) in enumerate(_sorted(object.items())):
                    krep = self._repr(k, context, level)
                    if n == 0:
                        write(krep + ': ')
                    elif split:
                        write(',\n%s%s: ' % (' ' * indent, krep))
                    else:
                        write(', %s: ' % krep)
                    self._format(v, stream, indent + len(krep) + 2,
                                 allowance + 1, context, level)
                indent -= step
                del context[key]
            write('}')
            return

        if (_plain(typ, list) or _plain(typ, tuple) or _plain(typ, set) or
                _plain(typ, frozenset)):
            length = len(object)
            if issubclass(typ, list):
                write('[')
                end = ']'
            elif issubclass(typ, tuple):
                write('(')
                end = ')'
            else:
                if not length:
                    write(rep)
                    return
                write(typ.__name__ + '([')
                end = '])'
                indent += len(typ.__name__) + 1
                object = _sorted(object)
            if step > 1 and split:
                write((step - 1) * ' ')
            if length:
                context[key] = 1
                indent += step
                for n, item in enumerate(object):
                    if n:
                        if split:
                            write(',\n' + ' ' * indent)
                        else:
                            write(', ')
                    self._format(item, stream, indent, allowance + 1,
                                 context, level)
                indent -= step
                del context[key]
            if issubclass(typ, tuple) and length == 1:
                write(',')
            write(end)
            return

        write(rep)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(repr text, whether it is readable, whether it is recursive)."""
        return _safe_repr(object, context, maxlevels, level)


def _sorted(iterable):
    return sorted(iterable)


def _safe_repr(object, context, maxlevels, level):
    typ = type(object)
    if typ is str:
        return repr(object), True, False

    if _plain(typ, dict):
        if not object:
            return "{}", True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        for k, v in _sorted(object.items()):
            krepr, kreadable, krecur = _safe_repr(k, context, maxlevels,
                                                  level + 1)
            vrepr, vreadable, vrecur = _safe_repr(v, context, maxlevels,
                                                  level + 1)
            parts.append("%s: %s" % (krepr, vrepr))
            readable = readable and kreadable and vreadable
            if krecur or vrecur:
                recursive = True
        del context[key]
        return "{%s}" % ", ".join(parts), readable, recursive

    if _plain(typ, list) or _plain(typ, tuple):
        if issubclass(typ, list):
            if not object:
                return "[]", True, False
            shape = "[%s]"
        elif len(object) == 1:
            shape = "(%s,)"
        else:
            if not object:
                return "()", True, False
            shape = "(%s)"
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        for item in object:
            irepr, ireadable, irecur = _safe_repr(item, context, maxlevels,
                                                  level + 1)
            parts.append(irepr)
            if not ireadable:
                readable = False
            if irecur:
                recursive = True
        del context[key]
        return shape % ", ".join(parts), readable, recursive

    rep = repr(object)
    return rep, bool(rep and not rep.startswith('<')), False


def _recursion(object):
    return ("<Recursion on %s with id=%s>"
            % (type(object).__name__, id(object)))
