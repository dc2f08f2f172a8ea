"""Writes src/modules/unicodedata/ucd52.z: the Unicode 5.2 character database that
CPython 2.7 answers with, read off CPython 2.7's own unicodedata module and
zlib-compressed. Run with CPython 2.7 (a wide build):

    python2.7 src/modules/unicodedata/gen_ucd52.py

Sections of the text, one record a line, fields split by ';', numbers hex:
  P start;category;bidi;combining;east_asian_width;mirrored  (a run that
    lasts until the next P line)
  C cp;upper;lower;title        (only where one of them is not cp itself)
  N cp;decimal;digit;numeric    ('' when absent; numeric as repr of a float)
  D cp;decomposition            (as unicodedata.decomposition gives it)
  X cp                          (a canonical pair decomposition that NFC
                                 does not compose back: an exclusion)
  M cp;name                     (names, except the algorithmic CJK and Hangul)
"""
import sys
import unicodedata as ud
import zlib

assert sys.maxunicode > 0xffff, 'needs a wide build'
out = []
prev = None
for c in xrange(0x110000):
    ch = unichr(c)
    rec = (ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
           ud.east_asian_width(ch), ud.mirrored(ch))
    if rec != prev:
        out.append('P%x;%s;%s;%x;%s;%d' % ((c,) + rec))
        prev = rec
for c in xrange(0x110000):
    ch = unichr(c)
    up, lo, ti = ch.upper(), ch.lower(), ch.title()
    if (up, lo, ti) != (ch, ch, ch):
        assert len(up) == len(lo) == len(ti) == 1
        out.append('C%x;%x;%x;%x' % (c, ord(up), ord(lo), ord(ti)))
for c in xrange(0x110000):
    ch = unichr(c)
    num = ud.numeric(ch, None)
    if num is not None or ch.isnumeric():
        dec, dig = ud.decimal(ch, None), ud.digit(ch, None)
        out.append('N%x;%s;%s;%r' % (c, '' if dec is None else dec,
                                     '' if dig is None else dig, num))
for c in xrange(0x110000):
    ch = unichr(c)
    d = ud.decomposition(ch)
    if d:
        out.append('D%x;%s' % (c, d))
        parts = d.split()
        if parts[0][0] != '<' and len(parts) == 2:
            pair = u''.join(unichr(int(p, 16)) for p in parts)
            if ud.normalize('NFC', pair) != ch:
                out.append('X%x' % c)
for c in xrange(0x110000):
    name = ud.name(unichr(c), '')
    if name and not name.startswith(('CJK UNIFIED IDEOGRAPH-',
                                      'HANGUL SYLLABLE ')):
        out.append('M%x;%s' % (c, name))
text = '\n'.join(out) + '\n'
with open('src/modules/unicodedata/ucd52.z', 'wb') as f:
    f.write(zlib.compress(text, 9))
print len(out), 'records,', len(text), 'bytes of text'
