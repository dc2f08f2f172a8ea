"""stringprep (minipy's own): the tables of RFC 3454 as predicates.

The ranges are RFC 3454's; "unassigned" (A.1) and the case-folding map
(B.2/B.3) are answered from unicodedata, whose Unicode version is newer
than the RFC's 3.2, so a few characters assigned since then differ.
"""

import unicodedata

_B1 = frozenset([0xad, 0x34f, 0x1806, 0x180b, 0x180c, 0x180d, 0x200b,
                 0x200c, 0x200d, 0x2060, 0xfeff] + range(0xfe00, 0xfe10))
# Full case folding that lower() does not give.
_FOLD = {0xdf: u'ss', 0x130: u'i\u0307', 0x149: u'\u02bcn', 0x17f: u's',
         0x1f0: u'j\u030c', 0x345: u'\u03b9', 0x390: u'\u03b9\u0308\u0301',
         0x3b0: u'\u03c5\u0308\u0301', 0x3c2: u'\u03c3', 0x3d0: u'\u03b2',
         0x3d1: u'\u03b8', 0x3d5: u'\u03c6', 0x3d6: u'\u03c0',
         0x3f0: u'\u03ba', 0x3f1: u'\u03c1', 0x3f5: u'\u03b5',
         0x587: u'\u0565\u0582', 0x1e96: u'h\u0331', 0x1e97: u't\u0308',
         0x1e98: u'w\u030a', 0x1e99: u'y\u030a', 0x1e9a: u'a\u02be',
         0x1e9b: u'\u1e61', 0xfb00: u'ff', 0xfb01: u'fi', 0xfb02: u'fl',
         0xfb03: u'ffi', 0xfb04: u'ffl', 0xfb05: u'st', 0xfb06: u'st',
         0x1fbe: u'\u03b9'}


def _in(c, ranges):
    o = ord(c)
    for lo, hi in ranges:
        if lo <= o <= hi:
            return True
    return False


def in_table_a1(code):
    if unicodedata.category(code) != 'Cn':
        return False
    o = ord(code)
    # Non-characters are listed in C.4, not here.
    return not (0xfdd0 <= o < 0xfdf0 or (o & 0xffff) >= 0xfffe)


def in_table_b1(code):
    return ord(code) in _B1


def map_table_b3(code):
    o = ord(code)
    if o in _FOLD:
        return _FOLD[o]
    low = code.lower()
    if 0x1f80 <= o <= 0x1ffc:
        # Greek letters with a iota subscript fold it to a full iota.
        parts = unicodedata.normalize('NFD', low)
        if u'\u0345' in parts:
            return parts.replace(u'\u0345', u'\u03b9')
    return low


def map_table_b2(a):
    al = map_table_b3(a)
    b = unicodedata.normalize('NFKC', al)
    bl = u''.join([map_table_b3(ch) for ch in b])
    c = unicodedata.normalize('NFKC', bl)
    if b != c:
        return c
    return al


def in_table_c11(code):
    return code == u' '


_C12 = [(0xa0, 0xa0), (0x1680, 0x1680), (0x2000, 0x200b), (0x202f, 0x202f),
        (0x205f, 0x205f), (0x3000, 0x3000)]
_C21 = [(0, 0x1f), (0x7f, 0x7f)]
_C22 = [(0x80, 0x9f), (0x6dd, 0x6dd), (0x70f, 0x70f), (0x180e, 0x180e),
        (0x200c, 0x200d), (0x2028, 0x2029), (0x2060, 0x2063),
        (0x206a, 0x206f), (0xfeff, 0xfeff), (0xfff9, 0xfffc),
        (0x1d173, 0x1d17a)]
_C3 = [(0xe000, 0xf8ff), (0xf0000, 0xffffd), (0x100000, 0x10fffd)]
_C6 = [(0xfff9, 0xfffd)]
_C7 = [(0x2ff0, 0x2ffb)]
_C8 = [(0x340, 0x341), (0x200e, 0x200f), (0x202a, 0x202e), (0x206a, 0x206f)]
_C9 = [(0xe0001, 0xe0001), (0xe0020, 0xe007f)]


def in_table_c12(code):
    return _in(code, _C12)


def in_table_c11_c12(code):
    return code == u' ' or _in(code, _C12)


def in_table_c21(code):
    return _in(code, _C21)


def in_table_c22(code):
    return _in(code, _C22)


def in_table_c21_c22(code):
    return _in(code, _C21) or _in(code, _C22)


def in_table_c3(code):
    return _in(code, _C3)


def in_table_c4(code):
    o = ord(code)
    return 0xfdd0 <= o <= 0xfdef or (o & 0xffff) >= 0xfffe


def in_table_c5(code):
    return 0xd800 <= ord(code) <= 0xdfff


def in_table_c6(code):
    return _in(code, _C6)


def in_table_c7(code):
    return _in(code, _C7)


def in_table_c8(code):
    return _in(code, _C8)


def in_table_c9(code):
    return _in(code, _C9)


def in_table_d1(code):
    return unicodedata.bidirectional(code) in ('R', 'AL')


def in_table_d2(code):
    return unicodedata.bidirectional(code) == 'L'
