# -*- coding: utf-8 -*-
# The unicode type: literals, repr, len of wide characters, equality and
# hashing against str, indexing, iteration, concatenation with str (ASCII
# decoding), comparisons, unichr/ord, unicode() and the errors of each.
u = u'caf\xe9'
print repr(u), len(u), type(u), type(u'x').__name__
print isinstance(u, unicode), isinstance(u, basestring), isinstance('x', basestring), isinstance('x', unicode)
print issubclass(unicode, basestring), issubclass(str, basestring), unicode.__mro__
print u'abc' == 'abc', hash(u'abc') == hash('abc'), {u'a': 1}['a'], {'a': 1}[u'a']
print u'abc' != 'abc', u'' == '', u'a' in {'a': 0}
print repr(u'\U0001F600'), len(u'\U0001F600'), repr(u'\u1234'), repr(u"it's"), repr(u'a"b\'c')
print repr(u'\t\n\r\x00\x7f\\'), repr(u'é')
print repr(u'ab' u'cd'), repr('ab' u'cd')
print repr('ab' + u'cd'), repr(u'ab' + 'cd'), repr(u'ab' * 3), repr(2 * u'\xe9')
try:
    'caf\xc3\xa9' + u
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
for bad in [lambda: u + 1, lambda: 1 + u, lambda: u * 1.5]:
    try:
        bad()
    except TypeError as e:
        print 'TypeError', e
print repr(u[1]), repr(u[-1]), repr(u[1:3]), repr(u[::-1]), repr(u[10:])
try:
    u[10]
except IndexError as e:
    print 'IndexError', e
print [c for c in u'h\xe9\U0001F600'], list(u'ab')
print repr(unichr(233)), repr(unichr(0x1F600)), ord(u'\xe9'), ord(u'\U0001F600')
for bad in [lambda: unichr(0x110000), lambda: ord(u'ab')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
print u'a' < u'b', u'a' < 'b', 'b' > u'a', sorted([u'b', 'a', u'c']), repr(max(u'\xe9', u'z'))
print u'\xe9' in u, 'c' in u, u'' in 'abc', u'a' in 'abc'
print repr(unicode(5)), repr(unicode('abc')), repr(unicode(u'x')), repr(unicode()), repr(unicode(None))
print repr(unicode('caf\xc3\xa9', 'utf-8')), repr(unicode('ab\xff', 'ascii', 'ignore'))
class A(object):
    def __unicode__(self):
        return u'A\xe9'
    def __str__(self):
        return 'A-str'
print repr(unicode(A())), str(A())
try:
    unicode('caf\xc3\xa9')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError', e
print str(u'abc'), repr(str(u'abc'))
try:
    str(u)
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError', e
print u'abc', u'x', u'y\n',
print u'z'
print bool(u''), bool(u'a'), repr(u'%s' % u'')
d = {}
d[u'k'] = 1
d['k'] = 2
print d, len(d)
s = set([u'a', 'a', u'b'])
print len(s)
print int(u'42'), float(u'1.5'), long(u'7')
