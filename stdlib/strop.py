"""strop: Python 2's obsolete string-operations module (its functions are
str methods now), kept for old code. Every function warns once that it is
obsolete, as 2.7's C module does."""

import warnings as _warnings

lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
whitespace = '\t\n\x0b\x0c\r '


def _obsolete():
    _warnings.warn("strop functions are obsolete; use string methods",
                   DeprecationWarning, 3)


def atoi(s, base=10):
    _obsolete()
    text = s.lstrip()
    try:
        return int(text, base)
    except ValueError:
        raise ValueError("invalid literal for atoi(): %s" % text)


def atol(s, base=10):
    _obsolete()
    text = s.lstrip()
    if not text:
        raise ValueError("empty string for atol()")
    return long(text, base)


def atof(s):
    _obsolete()
    text = s.lstrip()
    if not text:
        raise ValueError("empty string for atof()")
    try:
        return float(text)
    except ValueError:
        if text[0] in '0123456789+-.':
            raise ValueError("invalid literal for atof(): %s" % text)
        raise ValueError("could not convert string to float: %s" % text)


def capitalize(s):
    _obsolete()
    return s.capitalize()


def count(s, sub, start=0, end=None):
    _obsolete()
    return s.count(sub, start, len(s) if end is None else end)


def expandtabs(s, tabsize=8):
    _obsolete()
    return s.expandtabs(tabsize)


def find(s, sub, start=0, end=None):
    _obsolete()
    return s.find(sub, start, len(s) if end is None else end)


def rfind(s, sub, start=0, end=None):
    _obsolete()
    return s.rfind(sub, start, len(s) if end is None else end)


def join(words, sep=' '):
    """The items of any sequence joined by sep."""
    _obsolete()
    if not isinstance(words, (list, tuple)):
        words = [words[i] for i in range(len(words))]
    return sep.join(words)


joinfields = join


def lower(s):
    _obsolete()
    return s.lower()


def upper(s):
    _obsolete()
    return s.upper()


def swapcase(s):
    _obsolete()
    return s.swapcase()


def strip(s):
    _obsolete()
    return s.strip()


def lstrip(s):
    _obsolete()
    return s.lstrip()


def rstrip(s):
    _obsolete()
    return s.rstrip()


def maketrans(frm, to):
    _obsolete()
    if len(frm) != len(to):
        raise ValueError("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for a, b in zip(frm, to):
        table[ord(a)] = b
    return ''.join(table)


def replace(s, old, new, maxsplit=-1):
    """Like str.replace, but a count of 0 (or less) means every one."""
    _obsolete()
    if maxsplit <= 0:
        maxsplit = -1
    return s.replace(old, new, maxsplit)


def split(s, sep=None, maxsplit=0):
    """Like str.split, but a maxsplit of 0 means no limit."""
    _obsolete()
    if maxsplit <= 0:
        maxsplit = -1
    return s.split(sep, maxsplit)


splitfields = split


def translate(s, table, deletechars=''):
    _obsolete()
    if len(table) != 256:
        raise ValueError("translation table must be 256 characters long")
    return s.translate(table, deletechars)
