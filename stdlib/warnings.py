"""Issuing and filtering warnings (Python 2.7's warnings module)."""

import sys
import types

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message pattern or None, category, module pattern or None, lineno)
filters = []
defaultaction = "default"
onceregistry = {}


class _Literal(object):
    """Stand-in for a compiled pattern when `re` is missing: matches when the
    text starts with the pattern (case-insensitively if asked)."""

    def __init__(self, pattern, ignore_case=False):
        self.pattern = pattern
        self._fold = ignore_case

    def match(self, text):
        if self._fold:
            found = text.lower().startswith(self.pattern.lower())
        else:
            found = text.startswith(self.pattern)
        return self if found else None


def _compile(pattern, ignore_case=False):
    try:
        import re
    except ImportError:
        return _Literal(pattern, ignore_case)
    if ignore_case:
        return re.compile(pattern, re.I)
    return re.compile(pattern)


def _source_line(filename, lineno):
    """Line `lineno` of the file, or '' when it cannot be read."""
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        return linecache.getline(filename, lineno)
    try:
        f = open(filename)
    except (IOError, OSError, TypeError):
        return ''
    try:
        for number, text in enumerate(f):
            if number + 1 == lineno:
                return text
    finally:
        f.close()
    return ''


def formatwarning(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _show_warning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass

showwarning = _show_warning
# Kept so that catch_warnings and warn_explicit can tell a replaced hook.
_show_warning_default = _show_warning


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=0):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, basestring), "message must be a string"
    assert isinstance(category, (type, types.ClassType)), \
        "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, basestring), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    entry = (action, _compile(message, True), category, _compile(module),
             int(lineno))
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=0):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    entry = (action, None, category, None, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    filters[:] = []


class _OptionError(Exception):
    """A bad -W option."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print >>sys.stderr, "Invalid -W option ignored:", msg


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if module:
        module = module + '$'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import __builtin__
        try:
            cat = getattr(__builtin__, category)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        modname, _, klass = category.rpartition('.')
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,))
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def warn(message, category=None, stacklevel=1):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not issubclass(category, Warning):
        raise ValueError("category is not a subclass of Warning")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        namespace = sys.__dict__
        lineno = 1
    else:
        namespace = frame.f_globals
        lineno = frame.f_lineno
    if '__name__' in namespace:
        module = namespace['__name__']
    else:
        module = "<string>"
    filename = namespace.get('__file__')
    if filename:
        if filename.lower()[-4:] in (".pyc", ".pyo"):
            filename = filename[:-1]
    else:
        if module == "__main__":
            try:
                filename = sys.argv[0]
            except (AttributeError, IndexError):
                filename = '__main__'
        if not filename:
            filename = module
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  namespace)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for entry in filters:
        action, msg, cat, mod, ln = entry
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        entry = None
    if action == "ignore":
        registry[key] = 1
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if not isinstance(onceregistry, dict):
            raise TypeError("warnings.onceregistry must be a dict, not '%s'"
                            % type(onceregistry).__name__)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%s) in warnings.filters:\n %s"
                           % (action, entry))
    # A deleted hook falls back to the default display, as in 2.7's C code.
    hook = globals().get('showwarning', _show_warning)
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(message, category, filename, lineno)


class WarningMessage(object):
    """What catch_warnings(record=True) records for one warning."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Saves the filters and showwarning on entry and puts them back on exit;
    with record=True, warnings are collected in the list __enter__ returns."""

    def __init__(self, record=False, module=None):
        self._record = record
        if module is None:
            module = sys.modules['warnings']
        self._module = module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if self._record:
            log = []

            def showwarning(*args, **kwargs):
                log.append(WarningMessage(*args, **kwargs))
            self._module.showwarning = showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


def warnpy3k(message, category=None, stacklevel=1):
    if getattr(sys, 'py3kwarning', False):
        if category is None:
            category = DeprecationWarning
        warn(message, category, stacklevel + 1)


# The default filters of a plain `python` run (no -3, -b or -W).
# (-3 and -Qwarn keep DeprecationWarning visible: their warnings are the point.)
_loud = getattr(sys, 'py3kwarning', False) or getattr(sys.flags, 'division_warning', 0)
for _cat in (() if _loud else (DeprecationWarning,)) + (
        PendingDeprecationWarning, ImportWarning):
    simplefilter("ignore", category=_cat, append=1)
_bytes_action = "ignore"
if getattr(sys.flags, 'bytes_warning', 0) > 1:
    _bytes_action = "error"
elif getattr(sys.flags, 'bytes_warning', 0):
    _bytes_action = "default"
simplefilter(_bytes_action, category=BytesWarning, append=1)
del _cat, _bytes_action, _loud
if sys.warnoptions:
    _processoptions(sys.warnoptions)
