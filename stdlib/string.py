"""A subset of Python 2.7's string module: constants, the old function
interface to the str methods, and Template (parsed by hand, so that importing
string needs no re; a subclass overriding `pattern` or `idpattern` gets a
compiled regular expression as in CPython)."""

whitespace = '\t\n\x0b\x0c\r '
lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
letters = lowercase + uppercase
ascii_lowercase = lowercase
ascii_uppercase = uppercase
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = """!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"""
printable = digits + letters + punctuation + ' \t\n\r\x0b\x0c'


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


def join(words, sep=' '):
    return sep.join(words)


def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)


def strip(s, chars=None):
    return s.strip(chars)


def lower(s):
    return s.lower()


def upper(s):
    return s.upper()


def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)


def maketrans(fromstr, tostr):
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(fromstr)):
        table[ord(fromstr[i])] = tostr[i]
    return ''.join(table)


# The functions of the old string module: thin wrappers over str methods.
atoi_error = atol_error = atof_error = index_error = ValueError


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def atof(s):
    return float(s)


def find(s, *args):
    return s.find(*args)


def rfind(s, *args):
    return s.rfind(*args)


def index(s, *args):
    return s.index(*args)


def rindex(s, *args):
    return s.rindex(*args)


def count(s, *args):
    return s.count(*args)


def lstrip(s, chars=None):
    return s.lstrip(chars)


def rstrip(s, chars=None):
    return s.rstrip(chars)


def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)


splitfields = split


def joinfields(words, sep=' '):
    return sep.join(words)


def swapcase(s):
    return s.swapcase()


def capitalize(s):
    return s.capitalize()


def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)


def ljust(s, width, *args):
    return s.ljust(width, *args)


def rjust(s, width, *args):
    return s.rjust(width, *args)


def center(s, width, *args):
    return s.center(width, *args)


def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    return s.translate(table)


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


class _multimap:
    """Keyword arguments first, then the positional mapping."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class _TemplateMetaclass(type):
    """Compiles the regular expression of a Template subclass whose body
    sets `pattern` (a string) or `idpattern`; the rest keep `pattern` None
    and the hand-written scanner."""

    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        if 'pattern' not in dct and 'idpattern' not in dct:
            return
        import re
        if 'pattern' in dct:
            source = cls.pattern
        else:
            source = r"""
            %(delim)s(?:
              (?P<escaped>%(delim)s) |
              (?P<named>%(id)s)      |
              {(?P<braced>%(id)s)}   |
              (?P<invalid>)
            )
            """ % {'delim': re.escape(cls.delimiter), 'id': cls.idpattern}
        if isinstance(source, basestring):
            source = re.compile(source, re.IGNORECASE | re.VERBOSE)
        cls.pattern = source


class Template(object):
    """A string with $-substitutions (PEP 292): $name, ${name} and $$.

    Template itself scans by hand with CPython's rules (identifiers are
    [_a-zA-Z][_a-zA-Z0-9]*); `pattern` stays None until a subclass sets it
    or `idpattern`, and then the compiled expression does the matching:
    its groups `escaped`, `named`, `braced` and `invalid` mean what they
    mean in CPython.
    """

    __metaclass__ = _TemplateMetaclass

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    pattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, i):
        t = self.template
        if i >= len(t) or t[i] not in _ID_START:
            return -1
        i += 1
        while i < len(t) and t[i] in _ID_REST:
            i += 1
        return i

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]
        if self.pattern is not None:
            return self._substitute_re(mapping, safe)
        t = self.template
        delim = self.delimiter
        out = []
        i = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(delim)
            if t.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            end = self._identifier_end(k)
            if end >= 0:
                name, i = t[k:end], end
            elif t.startswith('{', k) and self._identifier_end(k + 1) >= 0 and t.startswith('}', self._identifier_end(k + 1)):
                end = self._identifier_end(k + 1)
                name, i = t[k + 1:end], end + 1
            else:
                if not safe:
                    self._invalid(k)
                out.append(delim)
                i = k
                continue
            try:
                out.append('%s' % (mapping[name],))
            except KeyError:
                if not safe:
                    raise
                out.append(t[j:i])
        return ''.join(out)

    def _substitute_re(self, mapping, safe):
        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if not safe:
                    return '%s' % (mapping[name],)
                try:
                    return '%s' % (mapping[name],)
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object needs an argument")
        return args[0]._substitute(args[1:], kws, False)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object needs an argument")
        return args[0]._substitute(args[1:], kws, True)


def _parse_format(text):
    """The (literal, field name, format spec, conversion) pieces of a
    str.format template, as str._formatter_parser gives them in 2.7."""
    pieces = []
    i = 0
    n = len(text)
    literal = []
    while i < n:
        c = text[i]
        if c == '}':
            if text[i + 1:i + 2] != '}':
                raise ValueError("Single '}' encountered in format string")
            literal.append('}')
            pieces.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if text[i + 1:i + 2] == '{':
            literal.append('{')
            pieces.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A field: up to the matching '}', counting nested braces.
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            raise ValueError("unmatched '{' in format")
        field = text[i + 1:j]
        i = j + 1
        name_end = 0
        while (name_end < len(field) and field[name_end] not in '!:'):
            if field[name_end] == '[':
                while name_end < len(field) and field[name_end] != ']':
                    name_end += 1
            name_end += 1
        name = field[:name_end]
        rest = field[name_end:]
        conversion = None
        spec = ''
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError("end of format while looking for "
                                 "conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError("expected ':' after format specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        pieces.append((''.join(literal), name, spec, conversion))
        literal = []
    if literal:
        pieces.append((''.join(literal), None, None, None))
    return pieces


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) for a field name such as
    'a.b[0]'."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in "
                                 "format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in "
                             "format field specifier")
    return first, rest


class Formatter(object):
    """str.format's machinery, in methods that subclasses can override."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        try:
            format_string, args = args[0], args[1:]
        except IndexError:
            if 'format_string' in kwargs:
                format_string = kwargs.pop('format_string')
            else:
                raise TypeError("format() missing 1 required positional "
                                "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is not None:
                obj, key = self.get_field(field_name, args, kwargs)
                used_args.add(key)
                obj = self.convert_field(obj, conversion)
                spec = self._vformat(spec, args, kwargs, used_args, depth - 1)
                out.append(self.format_field(obj, spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
