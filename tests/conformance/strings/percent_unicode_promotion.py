# str % args turns unicode only when a %s or %c meets a unicode value
# (2.7 restarts the format in unicode mode); %r of unicode keeps a str.
class D(object):
    def __repr__(self):
        return u'x'

for fmt, args in [('%r', u'a'), ('%s', u'a'), ('%r %s', (u'a', 1)), ('%(x)r', {'x': u'a'}),
                  ('%(a)s %(b)r', {'a': u'1', 'b': u'2'}), ('%5s|%-4r', (u'ab', u'c')),
                  ('a%cb', u'\xe9'), ('%c', 65), ('%r %s', (u'\xe9', u'x')), ('%r', D()),
                  ('%s-%s', ('a', 'b')), ('%*s', (3, u'z'))]:
    r = fmt % args
    print repr(fmt), type(r).__name__, repr(r)
for fmt, args in [('%s %s', ('\xe9', u'x')), ('\xe9%s', u'x'), ('%s', (u'a', u'b'))]:
    try:
        fmt % args
    except Exception as e:
        print repr(fmt), type(e).__name__, e
