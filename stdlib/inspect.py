"""Look inside live objects: their kind, members, signatures and source."""

import sys
import types
from collections import namedtuple

# Bits of code.co_flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40

TPFLAGS_IS_ABSTRACT = 1 << 20

ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')
Arguments = namedtuple('Arguments', 'args varargs keywords')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Attribute = namedtuple('Attribute', 'name kind defining_class object')
ModuleInfo = namedtuple('ModuleInfo', 'name suffix mode module_type')
Traceback = namedtuple('Traceback', 'filename lineno function code_context index')

_CodeType = type((lambda: 0).func_code)


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (old- or new-style)."""
    return isinstance(object, (type, types.ClassType))


def ismethod(object):
    """True for bound and unbound methods."""
    # A class method of a native type binds like a method here, but is a
    # built-in method in CPython.
    return (isinstance(object, types.MethodType) and
            not isinstance(getattr(object, 'im_func', None), types.BuiltinFunctionType))


def isfunction(object):
    """True for functions defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """True for functions whose calls return generators."""
    if ismethod(object):
        object = object.im_func
    return bool(isfunction(object) and object.func_code.co_flags & CO_GENERATOR)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    """True for traceback objects."""
    return type(object).__name__ == 'traceback' and hasattr(object, 'tb_lineno')


def isframe(object):
    """True for frame objects."""
    if type(object).__name__ == 'frame':
        return True
    # sys._getframe() gives plain objects carrying the frame attributes.
    return (hasattr(object, 'f_code') and hasattr(object, 'f_lineno') and
            hasattr(object, 'f_globals') and not isclass(object))


def iscode(object):
    """True for code objects."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """True for functions and methods implemented natively."""
    if isinstance(object, types.MethodType):
        # minipy binds native methods ([].append) as method objects.
        return isinstance(getattr(object, 'im_func', None), types.BuiltinFunctionType)
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def ismethoddescriptor(object):
    """True for non-data descriptors that are not Python functions or methods."""
    if isinstance(object, (classmethod, staticmethod)):
        return True
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """True for descriptors with both __get__ and __set__ (properties, ...)."""
    if isinstance(object, property):
        return True
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") and hasattr(tp, "__get__")


def ismemberdescriptor(object):
    """True for the slot descriptors of __slots__ classes."""
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    """True for getset descriptors of native types."""
    return type(object).__name__ == 'getset_descriptor'


def isabstract(object):
    """True for classes with abstract methods left."""
    return bool(isinstance(object, type) and
                getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------- members

def getmembers(object, predicate=None):
    """Sorted (name, value) pairs of the attributes of object."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort()
    return results


def _is_classic(cls):
    # Classic classes are types underneath in minipy; only they reach no
    # `object` through their __bases__.
    return cls is not object and all(_is_classic(b) for b in getattr(cls, '__bases__', ()))


def getmro(cls):
    """The classes searched for cls's attributes, cls first."""
    # A classic class (depth-first search) has no __mro__ in 2.7; minipy's
    # answers one, from its new-style implementation, so it is not asked.
    mro = None if _is_classic(cls) else getattr(cls, '__mro__', None)
    if mro is not None:
        return mro
    order = []

    def walk(c):
        if c not in order:
            order.append(c)
        for b in c.__bases__:
            walk(b)
    walk(cls)
    return tuple(order)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each name in dir(cls).

    kind is 'class method', 'static method', 'property', 'method' or 'data'.
    """
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        homecls = None
        obj = None
        for base in mro:
            d = getattr(base, '__dict__', {})
            if name in d:
                homecls = base
                obj = d[name]
                break
        if homecls is None:
            # Names dir() lists from a built-in type's slots are in no
            # __dict__ here; a few (type.__abstractmethods__) refuse getattr.
            try:
                obj = getattr(cls, name)
            except AttributeError:
                obj = None
            homecls = getattr(obj, "__objclass__", None)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif ismethoddescriptor(obj) or isfunction(obj) or isbuiltin(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getdoc(object):
    """The documentation string of object with indentation cleaned up."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, basestring):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Remove the common indentation of a docstring's lines after the first,
    and the blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def indentsize(line):
    """Width of the leading whitespace of line, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# ---------------------------------------------------------------- files and modules

def getfile(object):
    """The file an object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if module is not None and hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object) or (hasattr(object, 'f_code') and
                           hasattr(object, 'f_lineno')):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('{!r} is not a module, class, method, '
                    'function, traceback, frame, or code object'.format(object))


def getmoduleinfo(path):
    """ModuleInfo for a file name that looks like a module, else None."""
    base = path.replace('\\', '/').split('/')[-1]
    for suffix, mode, mtype in [('.py', 'U', 1), ('.pyc', 'rb', 2)]:
        if base.endswith(suffix) and len(base) > len(suffix):
            return ModuleInfo(base[:-len(suffix)], suffix, mode, mtype)
    return None


def getmodulename(path):
    """The module name a file would be imported as, or None."""
    info = getmoduleinfo(path)
    if info:
        return info[0]
    return None


def getsourcefile(object):
    """The .py file an object's source comes from, or None."""
    filename = getfile(object)
    for compiled in ('.pyc', '.pyo'):
        if filename.lower().endswith(compiled):
            filename = filename[:-len(compiled)] + '.py'
    if filename.lower().endswith(('.so', '.pyd')):
        return None     # an extension module: no text to show
    import os
    if os.path.exists(filename):
        return filename
    # a file that is not there still counts when a PEP 302 loader serves
    # the module, or when linecache holds its lines
    if hasattr(getmodule(object, filename), '__loader__'):
        return filename
    if filename in _linecache_names():
        return filename
    return None


def _linecache_names():
    lc = sys.modules.get('linecache')
    return getattr(lc, 'cache', {})


def getabsfile(object, _filename=None):
    """Absolute, normalized file name of object's source (or file)."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normpath(os.path.abspath(_filename))


_file_to_module = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _file_to_module:
        return sys.modules.get(_file_to_module[_filename])
    try:
        file = getabsfile(object, _filename)
    except TypeError:
        return None
    if file in _file_to_module:
        return sys.modules.get(_file_to_module[file])
    for modname, module in sys.modules.items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            try:
                _file_to_module[getabsfile(module, f)] = modname
            except TypeError:
                pass
    if file in _file_to_module:
        return sys.modules.get(_file_to_module[file])
    main = sys.modules.get('__main__')
    name = getattr(object, '__name__', None)
    if main is not None and name is not None and hasattr(main, name):
        if getattr(main, name) is object:
            return main
    builtin = sys.modules.get('__builtin__')
    if builtin is not None and name is not None and hasattr(builtin, name):
        if getattr(builtin, name) is object:
            return builtin
    return None


# ---------------------------------------------------------------- source

def _read_lines(filename, object):
    # through linecache.getlines (doctest patches it to serve its examples)
    import linecache
    module = getmodule(object, filename)
    if module:
        return linecache.getlines(filename, module.__dict__)
    return linecache.getlines(filename)


def _is_identifier_char(c):
    return c.isalnum() or c == '_'


def _class_line_match(line, name):
    # '^(\s*)class\s*NAME\b', by hand: returns the indentation or None.
    stripped = line.lstrip(' \t\f')
    indent = line[:len(line) - len(stripped)]
    if not stripped.startswith('class'):
        return None
    rest = stripped[5:].lstrip(' \t\f')
    if not rest.startswith(name):
        return None
    after = rest[len(name):]
    if after and _is_identifier_char(after[0]):
        return None
    return indent


def _def_like(line):
    # A line starting a function: 'def ', a decorator, or containing a lambda.
    stripped = line.lstrip()
    if stripped.startswith('@'):
        return True
    if stripped.startswith('def') and len(stripped) > 3 and stripped[3] in ' \t':
        return True
    pos = line.find('lambda')
    while pos >= 0:
        before_ok = pos == 0 or not _is_identifier_char(line[pos - 1])
        after = line[pos + 6:pos + 7]
        if before_ok and (after == ':' or (after and after.isspace())):
            return True
        pos = line.find('lambda', pos + 1)
    return False


def findsource(object):
    """(all lines of the file, index of the object's first line)."""
    file = getfile(object)
    sourcefile = getsourcefile(object)
    if not sourcefile and file[:1] + file[-1:] != '<>':
        raise IOError('source code not available')
    file = sourcefile if sourcefile else file
    lines = _read_lines(file, object)
    if not lines:
        raise IOError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        candidates = []
        for i, line in enumerate(lines):
            indent = _class_line_match(line, name)
            if indent is not None:
                if line[:1] == 'c':
                    return lines, i
                candidates.append((indent, i))
        if candidates:
            candidates.sort()
            return lines, candidates[0][1]
        raise IOError('could not find class definition')
    if ismethod(object):
        object = object.im_func
    if isfunction(object):
        object = object.func_code
    if istraceback(object):
        object = object.tb_frame
    if isframe(object) or hasattr(object, 'f_code'):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise IOError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            lnum = len(lines) - 1
        while lnum > 0:
            if _def_like(lines[lnum]):
                break
            lnum -= 1
        return lines, lnum
    raise IOError('could not find code object')


class _LineScanner(object):
    """Tracks brackets and string literals across the lines of a block."""

    def __init__(self):
        self.depth = 0
        self.quote = None      # the open triple quote, if any
        self.continued = False  # a backslash ended the line

    def feed(self, line):
        """Scans one line; returns the index of the first ':' at depth 0
        outside strings (or -1)."""
        colon = -1
        i = 0
        n = len(line)
        self.continued = False
        while i < n:
            if self.quote is not None:
                end = line.find(self.quote, i)
                while end > 0 and line[end - 1] == '\\' and not _escaped_backslash(line, end - 1):
                    end = line.find(self.quote, end + 1)
                if end < 0:
                    return colon
                i = end + len(self.quote)
                self.quote = None
                continue
            c = line[i]
            if c == '#':
                break
            if c in '\'"':
                if line[i:i + 3] in ('"""', "'''"):
                    self.quote = line[i:i + 3]
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != c:
                    if line[j] == '\\':
                        j += 1
                    j += 1
                i = j + 1
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth = max(self.depth - 1, 0)
            elif c == ':' and self.depth == 0 and colon < 0:
                colon = i
            elif c == '\\' and line[i + 1:].strip() == '':
                self.continued = True
            i += 1
        return colon

    def open(self):
        return self.depth > 0 or self.quote is not None or self.continued


def _escaped_backslash(line, pos):
    count = 0
    while pos >= 0 and line[pos] == '\\':
        count += 1
        pos -= 1
    return count % 2 == 0


def getblock(lines):
    """The lines of the block (def, class, lambda or statement) at the top of lines."""
    if not lines:
        return []
    scanner = _LineScanner()
    i = 0
    # Decorators come first.
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        scanner.feed(lines[i])
        i += 1
        while scanner.open() and i < len(lines):
            scanner.feed(lines[i])
            i += 1
    if i >= len(lines):
        return lines[:i]
    header = lines[i].lstrip()
    is_compound = (header.startswith('def') or header.startswith('class')) and \
        len(header) > 3 and not _is_identifier_char(header[5 if header.startswith('class') else 3])
    if not is_compound:
        # A lambda or a simple statement: one logical line.
        scanner.feed(lines[i])
        i += 1
        while scanner.open() and i < len(lines):
            scanner.feed(lines[i])
            i += 1
        return lines[:i]
    base_indent = indentsize(lines[i])
    colon = scanner.feed(lines[i])
    line_with_colon = lines[i]
    i += 1
    while (scanner.open() or colon < 0) and i < len(lines):
        found = scanner.feed(lines[i])
        if colon < 0 and found >= 0:
            colon = found
            line_with_colon = lines[i]
        i += 1
    if colon >= 0:
        after = line_with_colon[colon + 1:].strip()
        if after and not after.startswith('#'):
            return lines[:i]     # 'def f(): return 1'
    end = i
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith('#'):
            i += 1
            continue
        if indentsize(line) <= base_indent:
            break
        scanner.feed(line)
        i += 1
        while scanner.open() and i < len(lines):
            scanner.feed(lines[i])
            i += 1
        end = i
    return lines[:end]


def getsourcelines(object):
    """(lines of object's source, number of its first line)."""
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    # a module, or a frame running a module's code: the whole file
    if ismodule(object) or (isframe(object) and object.f_code is not None and
                            object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above object's source (or at the top of a module)."""
    try:
        lines, lnum = findsource(object)
    except (IOError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


# ---------------------------------------------------------------- class trees

def walktree(classes, children, parent):
    results = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=0):
    """Nested lists of (class, bases) tuples arranged by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---------------------------------------------------------------- signatures

def getargs(co):
    """Arguments(args, varargs, keywords) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    nargs = co.co_argcount
    names = co.co_varnames
    args = list(names[:nargs])
    if any(name[:1] == '.' for name in args):
        # tuple parameters: their nested names, read from the code's prologue
        import _inspect
        for index, names_tree in _inspect.tuple_params(co):
            if index < nargs:
                args[index] = names_tree
    step = nargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[step]
        step += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[step]
    return Arguments(args, varargs, varkw)


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults) of a Python function or method."""
    if ismethod(func):
        func = func.im_func
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, varkw = getargs(func.func_code)
    return ArgSpec(args, varargs, varkw, func.func_defaults)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def joinseq(seq):
    if len(seq) == 1:
        return '(' + seq[0] + ',)'
    return '(' + ', '.join(seq) + ')'


def strseq(object, convert, join=joinseq):
    """Converts object (a name or nested list of names) with convert."""
    if type(object) in (list, tuple):
        return join([strseq(o, convert, join) for o in object])
    return convert(object)


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  join=joinseq):
    """'(a, b=1, *args, **kw)' for the parts of an argument specification."""
    parts = []
    first_default = len(args) - len(defaults) if defaults else len(args) + 1
    for i, arg in enumerate(args):
        text = strseq(arg, formatarg, join)
        if defaults and i >= first_default:
            text = text + formatvalue(defaults[i - first_default])
        parts.append(text)
    if varargs is not None:
        parts.append(formatvarargs(varargs))
    if varkw is not None:
        parts.append(formatvarkw(varkw))
    return '(' + ', '.join(parts) + ')'


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value),
                    join=joinseq):
    """'(a=1, *args=(), **kw={})' for getargvalues()'s result."""
    def convert(name):
        return formatarg(name) + formatvalue(locals[name])
    parts = [strseq(arg, convert, join) for arg in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def _plural(n):
    if n > 1:
        return 'arguments'
    return 'argument'


def getcallargs(func, *positional, **named):
    """The dict of parameter name -> value a call func(*positional, **named)
    would bind, raising TypeError as the call would."""
    args, varargs, varkw, defaults = getargspec(func)
    f_name = func.__name__
    bound = {}
    if ismethod(func) and func.im_self is not None:
        positional = (func.im_self,) + positional
    num_pos = len(positional)
    num_total = num_pos + len(named)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0

    def assign(target, value):
        if isinstance(target, str):
            bound[target] = value
            return
        # A nested parameter tuple: unpack like the call would, item by
        # item (an inner unpacking can fail before the outer length check).
        it = iter(value)
        for i, sub in enumerate(target):
            try:
                v = next(it)
            except StopIteration:
                raise ValueError('need more than %d %s to unpack' %
                                 (i, 'values' if i != 1 else 'value'))
            assign(sub, v)
        for extra in it:
            raise ValueError('too many values to unpack')

    def assigned(name):
        if isinstance(name, str):
            return name in bound
        return name[0] in bound if name else False

    for name, value in zip(args, positional):
        assign(name, value)
    if varargs:
        if num_pos > num_args:
            bound[varargs] = positional[num_args:]
        else:
            bound[varargs] = ()
    elif 0 < num_args < num_pos:
        raise TypeError('%s() takes %s %d %s (%d given)' % (
            f_name, 'at most' if defaults else 'exactly', num_args,
            _plural(num_args), num_total))
    elif num_args == 0 and num_total:
        if varkw:
            if num_pos:
                raise TypeError('%s() takes exactly 0 arguments (%d given)' %
                                (f_name, num_total))
        else:
            raise TypeError('%s() takes no arguments (%d given)' %
                            (f_name, num_total))
    for name in args:
        if isinstance(name, str) and name in named:
            if assigned(name):
                raise TypeError("%s() got multiple values for keyword "
                                "argument '%s'" % (f_name, name))
            assign(name, named.pop(name))
    if defaults:
        for name, value in zip(args[-num_defaults:], defaults):
            if not assigned(name):
                assign(name, value)
    if varkw:
        bound[varkw] = named
    elif named:
        unexpected = next(iter(named))
        if isinstance(unexpected, unicode):
            unexpected = unexpected.encode(sys.getdefaultencoding(), 'replace')
        raise TypeError("%s() got an unexpected keyword argument '%s'" %
                        (f_name, unexpected))
    missing = len([name for name in args if not assigned(name)])
    if missing:
        num_required = num_args - num_defaults
        raise TypeError('%s() takes %s %d %s (%d given)' % (
            f_name, 'at least' if defaults else 'exactly', num_required,
            _plural(num_required), num_total))
    return bound


# ---------------------------------------------------------------- frames and stacks

def getlineno(frame):
    """The line a frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame
    or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not (isframe(frame) or hasattr(frame, 'f_code')):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except IOError:
            lines = index = None
        else:
            start = max(start, 0)
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getinnerframes(tb, context=1):
    """[(frame, filename, lineno, function, code_context, index), ...] from
    tb's frame to where the exception was raised."""
    framelist = []
    while tb:
        framelist.append((tb.tb_frame,) + tuple(getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def getouterframes(frame, context=1):
    """Frame records from frame out to the outermost caller."""
    framelist = []
    while frame:
        framelist.append((frame,) + tuple(getframeinfo(frame, context)))
        frame = getattr(frame, 'f_back', None)
    return framelist


if hasattr(sys, '_getframe'):
    currentframe = sys._getframe
else:
    def currentframe(_=None):
        """The caller's frame, or None when the interpreter has no frame objects."""
        return None


def stack(context=1):
    """Frame records of the caller's stack (empty without frame objects)."""
    getter = getattr(sys, '_getframe', None)
    if getter is None:
        return []
    return getouterframes(getter(1), context)


def trace(context=1):
    """Frame records from the current frame to where the exception being
    handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
