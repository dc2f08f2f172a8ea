# unicode methods over non-ASCII text follow the Unicode 5.2 tables of 2.7.
for s in [r"u'\N'", r"u'ab\N{'", r"u'\N{}'", r"u'a\Nx'", r"u'\N{foo}'", r"u'x\N{LATIN SMALL LETTER A}y\N{EM SPACE}'"]:
    try: print repr(eval(s))
    except SyntaxError as e: print e.msg
print u'a\u2003b\u3000c'.split(), u'a\u2003b\u3000c  '.rsplit(None, 1), u' a\u2003b c '.split(None, 1)
print u'a\u2028b\x85c\r\nd\x0be\x1cf'.splitlines(), u'a\u2028b\r\n'.splitlines(True)
print repr(u'\xdf'.upper()), repr(u'\u01c5'.title()), u'\u01c5'.istitle(), u'\u01c5'.isupper(), repr(u'\u01c6abc'.capitalize()), repr(u'\u0130'.lower())
print repr(u'\xc9t\xc9 \u03a3\u03c3'.swapcase()), repr(u'\xe9l\xe8ve \xe0 paris'.title()), u'\xc9COLE'.isupper(), u'\xe9cole'.islower()
print u'\u0660\u0661'.isdecimal(), u'\xb2'.isdigit(), u'\xb2'.isdecimal(), u'\xbd'.isnumeric(), u'\u2167'.isnumeric(), u'\u4e00'.isalpha(), u'\U0001F600'.isalpha()
print u'\u3000\u2028\x85'.isspace(), u'\u200b'.isspace(), repr(u'\u3000 x\u2003'.strip()), u'\xe9\u0661'.isalnum()
print u' a\u2003b c '.rsplit(None, 1)
for t in (u'\xe9', u'1\u20ac'):
    try: int(t)
    except (ValueError, UnicodeError) as e: print type(e).__name__, e
print int(u'\uff11\uff12'), float(u'\uff11.5'), long(u'\u0661'), int(u'\u2003 7 \u3000')
try: int(u'1\u20ac')
except UnicodeEncodeError as e: print e
print repr(u'{0:>4}'.format(u'\xe9')), repr(format(u'\xe9', '^5')), repr(u'{0!r}'.format(u'\xe9')), repr(u'{0:.1}|'.format(u'\xe9\xe9'))
print repr(u'%r' % u'\xe9'), repr(u'%r' % 'x'), repr(u'%s' % 1.5), repr(u'%5s|' % u'\xe9'), repr(u'%-4s|' % u'\xe9'), repr(u'%.1s' % u'\xe9\xe9')
print repr(u'%c%c' % (0x20ac, u'\xe9')), repr('%s-%d' % (u'\xe9', 3))
class U(object):
    def __unicode__(self): return u'\xe9u'
    def __str__(self): return 'str'
print repr(u'%s' % U()), repr(u'%3s|' % U())
try: u'%c' % 0x110000
except OverflowError as e: print e
for f in [lambda: 'a\xffb'.decode('utf-8'), lambda: u'a\xffb'.encode('ascii'), lambda: '\xff'.decode('ascii'), lambda: u'\u20ac'.encode('latin-1')]:
    try: f()
    except UnicodeError as e:
        print type(e).__name__, str(e), repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason), e.args
