# -*- coding: utf-8 -*-
# Unicode subjects are matched character by character: positions count
# characters, non-ASCII characters are single units in sets and repeats,
# \d \w \s \b follow Unicode categories under re.U, and IGNORECASE with re.U
# folds Unicode letters (including letters that share an uppercase form).
import re


def show(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups())


print re.findall(u'.', u'\xe9a\u20ac')
print re.sub(u'.', u'x', u'\xe9a\u20ac')
print re.split(u'\u20ac', u'a\u20acb\u20acc')
print show(re.search(u'b', u'\xe9\xe9b'))
print show(re.compile(u'b').search(u'\xe9\xe9b', 2))
print show(re.compile(u'(\xe9+)(b)').search(u'x\xe9\xe9b', 1, 4))
print show(re.match(u'([\u2222\u2223])', u'\u2223x'))
print show(re.match(u'\\w+', u'caf\xe9 ol\xe9', re.U))
print show(re.match(u'\\w+', u'caf\xe9 ol\xe9'))
print [show(re.match(u'^\\d$', c, re.U)) for c in (u'7', u'\u0e58', u'\uff10', u'\u2165', u'\u2082')]
print show(re.match(u'\\s+', u'\u3000\u2003x', re.U))
print re.findall(u'\\b\\w', u'\xe9t\xe9 \xe0 l\xe0', re.U)
print show(re.match(u'\\B', u'', re.U))
for pat, s in [(u'K', u'\u212a'), (u'k', u'\u212a'), (u'\u212a', u'K'), (u'S', u'\u017f'),
               (u'\u017f', u's'), (u'[19K]', u'\u212a'), (u'[19\u017f]', u'S'), (u'\u1ea0', u'\u1ea1'),
               (u'\u03a3', u'\u03c2'), (u'[^s]', u'\u017f'), (u'[\u0400-\u042f]', u'\u0450'),
               (u'[\xc0-\xde]', u'\xf7'), (u'[\xe0-\xfe]', u'\xf7'), (u'(\xe9)\\1', u'\xe9\xc9')]:
    print repr(pat), repr(s), bool(re.match(pat, s, re.U | re.I)), bool(re.match(pat, s, re.I))
print show(re.match(u'[\u0100-\uffff]+', u'\u0101\u4e2d\uffffz'))
print show(re.match(u'[^\x00-\xff]+', u'\u4e2d\u6587ab'))
print show(re.match(u'[\u0100-\uffff]+', u'\u0101\u4e2D', re.I | re.U))
big = u'[%s]' % u''.join(map(unichr, range(256, 2 ** 16, 255)))
print show(re.match(big, unichr(0xff01), re.U)) is not None
for c in u'\xe9\u20ac\x00-':
    print repr(re.escape(c)), bool(re.match(re.escape(c), c))
m = re.search(u'(?P<w>\u20ac+)', u'ab\u20ac\u20acc')
print m.start('w'), m.end('w'), m.pos, m.endpos, m.regs
print [x.span() for x in re.finditer(u'\xe9|b', u'a\xe9b\xe9')]
print re.subn(u'(\xe9)', u'<\\1>', u'\xe9t\xe9')
print re.sub(u'\xe9', lambda m: u'[%d]' % m.start(), u'\xe9t\xe9')
