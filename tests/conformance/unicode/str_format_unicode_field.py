# str.format with a unicode field: ASCII text becomes str, other text
# raises UnicodeEncodeError (the default encoding); unicode.format keeps it.
for fmt, arg in [('{0}', u'abc'), ('[{0:>5}]', u'ab'), ('{0}', u'\xe9'), ('x{0}y', u'a\u20acb')]:
    try:
        r = fmt.format(arg)
        print type(r).__name__, repr(r)
    except UnicodeEncodeError as e:
        print 'UnicodeEncodeError', e
    r = unicode(fmt).format(arg)
    print type(r).__name__, repr(r)
print repr(u'{0:^7}|{1}'.format(u'\xe9', 3))
print repr('{0}-{1}'.format(1, u'z'))
