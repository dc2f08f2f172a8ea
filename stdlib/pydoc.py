"""Text documentation of Python objects, and the help() built on it.

minipy's pydoc: plain text on sys.stdout (no pager, no HTML, no server).
help(obj) shows an object's signature and docstring, the methods and
attributes of a class, or the contents of a module; help('name') looks a
module, a dotted name or a keyword up; help() alone starts a small
interactive helper.
"""

import sys
import inspect
import __builtin__

__all__ = ['help', 'doc', 'render_doc', 'getdoc', 'describe', 'locate',
           'plain', 'Helper', 'ErrorDuringImport']


class ErrorDuringImport(Exception):
    """A module named in help('...') failed to import."""

    def __init__(self, filename, exc_info):
        Exception.__init__(self, filename)
        self.filename = filename
        self.exc, self.value = exc_info[0], exc_info[1]

    def __str__(self):
        name = getattr(self.exc, '__name__', str(self.exc))
        return 'problem in %s - %s: %s' % (self.filename, name, self.value)


def plain(text):
    """Text without overstruck bold (minipy never makes any)."""
    out = []
    i = 0
    while i < len(text):
        if i + 1 < len(text) and text[i + 1] == '\b':
            i += 2
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


def getdoc(obj):
    """The docstring, dedented, or '' when there is none."""
    doc = inspect.getdoc(obj)
    if not isinstance(doc, basestring):
        return ''
    return doc.rstrip()


def _first_line(obj):
    lines = getdoc(obj).split('\n')
    return lines[0] if lines else ''


def describe(thing):
    """A short phrase for what the object is."""
    if inspect.ismodule(thing):
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    if hasattr(thing, '__name__') and callable(thing):
        return thing.__name__
    return type(thing).__name__


def _module_of(thing):
    mod = getattr(thing, '__module__', None)
    return mod if isinstance(mod, str) else None


def _signature(func, name):
    """name(args) for a Python function or method; name(...) otherwise."""
    target = getattr(func, 'im_func', func)
    if inspect.isfunction(target):
        try:
            args, varargs, varkw, defaults = inspect.getargspec(target)
        except (TypeError, AttributeError):
            return name + '(...)'
        if inspect.ismethod(func) and func.im_self is not None and args:
            args = args[1:]
            if defaults and len(defaults) > len(args):
                defaults = defaults[1:]
        spec = inspect.formatargspec(args, varargs, varkw, defaults)
        if target.__name__ == '<lambda>':
            return name + ' lambda ' + spec[1:-1]
        return name + spec
    return name + '(...)'


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join((prefix + line).rstrip() for line in text.split('\n'))


def _routine(func, name):
    head = _signature(func, name)
    doc = getdoc(func)
    if doc:
        return head + '\n' + _indent(doc) + '\n'
    return head + '\n'


def _bar_block(title, entries):
    """A section of a class's text: its title and entries."""
    if not entries:
        return []
    return [title + '\n'] + entries + ['-' * 70]


def _short_repr(value):
    """repr(value) cut to 70 characters, as help() lists data."""
    try:
        text = repr(value)
    except Exception:
        text = '<unrepresentable>'
    if len(text) > 70:
        text = text[:66] + '...'
    return text


def _class_text(cls, name=None):
    name = name or cls.__name__
    bases = getattr(cls, '__bases__', ())
    if bases:
        names = []
        for b in bases:
            mod = _module_of(b)
            if mod and mod != _module_of(cls):
                names.append('%s.%s' % (mod, b.__name__))
            else:
                names.append(b.__name__)
        head = 'class %s(%s)' % (name, ', '.join(names))
    else:
        head = 'class ' + name
    parts = []
    doc = getdoc(cls)
    if doc:
        parts.append(doc + '\n')
    mro = list(inspect.getmro(cls)) if hasattr(cls, '__mro__') else [cls]
    if len(mro) > 2:
        order = 'Method resolution order:\n' + '\n'.join(
            '    ' + ('%s.%s' % (_module_of(c), c.__name__)
                      if _module_of(c) and c is not cls else c.__name__)
            for c in mro)
        parts.append(order + '\n')
    for owner in mro:
        if owner is object:
            continue
        here = owner is cls
        where = 'defined here' if here else 'inherited from %s:' % owner.__name__
        methods, descriptors, data = [], [], []
        for key in sorted(vars(owner)):
            if key.startswith('__') and key.endswith('__') and key not in (
                    '__init__', '__call__', '__repr__', '__str__', '__len__',
                    '__getitem__', '__setitem__', '__iter__', '__enter__',
                    '__exit__', '__eq__', '__lt__', '__hash__', '__new__'):
                continue
            value = vars(owner)[key]
            if isinstance(value, (staticmethod, classmethod)):
                kind = 'static method' if isinstance(value, staticmethod) else 'class method'
                func = getattr(cls, key)
                methods.append(_routine(func, key).rstrip('\n') +
                               ('\n    (%s)\n' % kind))
            elif inspect.isfunction(value) or inspect.isbuiltin(value) or \
                    inspect.ismethoddescriptor(value):
                methods.append(_routine(getattr(cls, key), key))
            elif isinstance(value, property) or inspect.isdatadescriptor(value):
                d = getdoc(value)
                descriptors.append(key + ('\n' + _indent(d) if d else '') + '\n')
            elif not here:
                continue
            else:
                data.append('%s = %s\n' % (key, _short_repr(value)))
        if here:
            parts += _bar_block('Methods defined here:', methods)
            parts += _bar_block('Data descriptors defined here:', descriptors)
            parts += _bar_block('Data and other attributes defined here:', data)
        else:
            parts += _bar_block('Methods ' + where, methods)
    while parts and parts[-1].startswith('---'):
        parts.pop()
    body = '\n'.join(p.rstrip('\n') + ('\n' if not p.startswith('---') else '')
                     for p in parts)
    lines = body.rstrip('\n').split('\n') if body else []
    return head + '\n' + ''.join(' |  %s\n' % l if l else ' |  \n' for l in lines)


def _module_text(mod):
    name = mod.__name__
    out = []
    summary = _first_line(mod)
    out.append('NAME\n    %s%s\n' % (name, ' - ' + summary if summary else ''))
    f = getattr(mod, '__file__', None)
    out.append('FILE\n    %s\n' % (f if f else '(built-in)'))
    doc = getdoc(mod)
    rest = doc.split('\n', 1)[1].strip('\n') if '\n' in doc else ''
    if rest:
        out.append('DESCRIPTION\n' + _indent(rest) + '\n')
    public = getattr(mod, '__all__', None)

    def shown(key, value):
        if public is not None:
            return key in public
        if key.startswith('_'):
            return False
        owner = _module_of(value)
        return owner is None or owner == name
    classes, funcs, data = [], [], []
    for key in sorted(vars(mod)):
        value = vars(mod)[key]
        if inspect.ismodule(value) or not shown(key, value):
            continue
        if inspect.isclass(value):
            classes.append(_class_text(value, key))
        elif inspect.isroutine(value):
            funcs.append(_routine(value, key))
        else:
            data.append('%s = %s' % (key, _short_repr(value)))
    if classes:
        out.append('CLASSES\n' + '\n'.join(_indent(c.rstrip('\n')) for c in classes) + '\n')
    if funcs:
        out.append('FUNCTIONS\n' + '\n'.join(_indent(f.rstrip('\n')) + '\n' for f in funcs))
    if data:
        out.append('DATA\n' + _indent('\n'.join(data)) + '\n')
    return '\n'.join(out)


def text_of(thing, name=None):
    """The documentation text of an object (no title)."""
    if inspect.ismodule(thing):
        return _module_text(thing)
    if inspect.isclass(thing):
        return _class_text(thing, name)
    if inspect.isroutine(thing):
        return _routine(thing, name or thing.__name__)
    if isinstance(thing, property):
        d = getdoc(thing)
        return (name or 'property') + ('\n' + _indent(d) if d else '') + '\n'
    # Any other object: the documentation of its type.
    return _class_text(type(thing))


def locate(path, forceload=0):
    """The object a dotted name names (a module, or an attribute of one)."""
    parts = [p for p in path.split('.') if p]
    if not parts:
        return None
    module, n = None, 0
    while n < len(parts):
        try:
            module = __import__('.'.join(parts[:n + 1]))
            n += 1
        except ImportError:
            if sys.exc_info()[2] is not None and n == 0 and parts[0] in sys.modules:
                module = sys.modules[parts[0]]
                n = 1
            break
        except Exception:
            raise ErrorDuringImport('.'.join(parts[:n + 1]), sys.exc_info())
    if module is not None:
        obj = module
        for part in parts[1:]:
            try:
                obj = getattr(obj, part)
            except AttributeError:
                return None
        return obj
    if hasattr(__builtin__, path):
        return getattr(__builtin__, path)
    return None


def resolve(thing, forceload=0):
    """(object, name) for an object or a name to look up."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('no Python documentation found for %r' % thing)
        return obj, thing
    return thing, getattr(thing, '__name__', None)


def render_doc(thing, title='Python Library Documentation: %s', forceload=0):
    """The titled text help() shows."""
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = _module_of(obj) if not inspect.ismodule(obj) else None
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module != name and not isinstance(obj, (int, long, float, str, list, dict, tuple)):
        desc += ' in module ' + module
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or isinstance(obj, property)):
        desc = '%s object' % type(obj).__name__
        name = None
    return title % desc + '\n\n' + text_of(obj, name and name.split('.')[-1])


def doc(thing, title='Python Library Documentation: %s', forceload=0):
    """Prints the documentation of an object or named thing."""
    try:
        sys.stdout.write(render_doc(thing, title, forceload) + '\n')
    except (ImportError, ErrorDuringImport), value:
        print value


# One line for each keyword, for help('keyword').
_KEYWORDS = {
    'and': 'x and y: x if x is false, else y.',
    'as': 'Names a value: import m as n, with e as v, except E as v.',
    'assert': 'assert test[, message]: raises AssertionError when test is false (left out under -O).',
    'break': 'Leaves the innermost for or while loop.',
    'class': 'class Name(bases): defines a class; the body runs once and its names become attributes.',
    'continue': 'Goes on with the next turn of the innermost loop.',
    'def': 'def name(params): defines a function.',
    'del': 'del target: unbinds a name, removes an item or an attribute.',
    'elif': 'Another condition of an if statement.',
    'else': 'The branch of if, for, while or try taken when the others were not.',
    'except': 'except E[, v]: handles exception E raised in the try block.',
    'exec': 'exec code [in globals[, locals]]: runs a string or code object.',
    'finally': 'A block run when a try statement is left, however it is left.',
    'for': 'for target in iterable: runs the body for each item.',
    'from': 'from module import names: binds names from a module.',
    'global': 'global name: assignments in this function bind the module-level name.',
    'if': 'if test: runs the block when test is true.',
    'import': 'import module: loads a module and binds its name.',
    'in': 'x in y: membership test; also part of the for statement.',
    'is': 'x is y: identity test.',
    'lambda': 'lambda params: expression -- an anonymous function.',
    'not': 'not x: True if x is false, False otherwise.',
    'or': 'x or y: x if x is true, else y.',
    'pass': 'Does nothing (a statement is needed but nothing is to be done).',
    'print': 'print expr, ...: writes the values to sys.stdout (>> file for another).',
    'raise': 'raise E[, value[, traceback]]: raises an exception.',
    'return': 'return [value]: leaves the function with a value (None by default).',
    'try': 'try: runs a block with handlers (except, else, finally).',
    'while': 'while test: runs the body as long as test is true.',
    'with': 'with expr [as v]: runs a block inside a context manager.',
    'yield': 'yield value: makes the function a generator and hands out a value.',
}


class Helper(object):
    """help(): with an argument, its documentation; alone, a prompt."""

    keywords = _KEYWORDS

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, request=None):
        if request is None:
            self.interact()
        else:
            self.help(request)

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                return self.listkeywords()
            if request == 'modules':
                return self.listmodules()
            if request in self.keywords:
                print '%s\n\n    %s\n' % (request, self.keywords[request])
                return
        try:
            sys.stdout.write(render_doc(request, 'Help on %s:') + '\n')
        except (ImportError, ErrorDuringImport), value:
            print value

    def listkeywords(self):
        print 'Here is a list of the Python keywords.  Enter any keyword to get more help.\n'
        names = sorted(self.keywords)
        for i in range(0, len(names), 4):
            print ''.join(n.ljust(18) for n in names[i:i + 4]).rstrip()

    def listmodules(self):
        names = set(sys.builtin_module_names) | set(
            k for k in sys.modules if '.' not in k and sys.modules[k] is not None)
        print 'Modules already loaded or built in (any module on sys.path works too):\n'
        names = sorted(names)
        for i in range(0, len(names), 4):
            print ''.join(n.ljust(20) for n in names[i:i + 4]).rstrip()

    def interact(self):
        print ('\nWelcome to minipy\'s help. Type the name of a module, a '
               'keyword, or a dotted name\n(e.g. "threading.Thread") to read '
               'its documentation; "keywords" or "modules"\nlists them; "quit" '
               'or an empty line goes back to the interpreter.\n')
        while True:
            try:
                request = raw_input('help> ')
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if request in ('', 'q', 'quit'):
                break
            self.help(request)
        print ('\nYou are now leaving help and returning to the Python '
               'interpreter.\nhelp(object) works there directly.')


help = Helper()
