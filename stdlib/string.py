"""A subset of Python 2.7's string module: constants and helper functions."""

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
