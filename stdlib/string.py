"""A subset of Python 2.7's string module: constants, the old function
interface to the str methods, and Template (parsed by hand: there is no re)."""

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


class Template(object):
    """A string with $-substitutions (PEP 292): $name, ${name} and $$.

    CPython matches placeholders with a regular expression; this scans the
    template by hand with the same rules (identifiers are [_a-zA-Z][_a-zA-Z0-9]*).
    Subclasses may change `delimiter`, but not `idpattern` or `pattern`.
    """

    delimiter = '$'

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

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object needs an argument")
        return args[0]._substitute(args[1:], kws, False)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object needs an argument")
        return args[0]._substitute(args[1:], kws, True)
