# str methods given a unicode argument answer as unicode's method would
# (the str receiver decoded as ASCII), so their results are unicode.
class U(unicode):
    pass

print repr('a b c'.split(u' ')), repr('a b c'.split(u' ', 1))
print repr('a b c'.rsplit(u' ')), repr('a b c'.rsplit(u' ', 1))
print repr('a-b'.split(U('-'))), repr(str.split('a b', u' '))
print repr('a b'.split(None)), repr('a b'.split(' '))
print repr('xabcx'.strip(u'x')), repr('xabcx'.lstrip(u'x')), repr('xabcx'.rstrip(u'x'))
print repr('  a  '.strip(None)), repr('xax'.strip('x'))
print repr('a.b.c'.partition(u'.')), repr('a.b.c'.rpartition(u'.'))
print repr('abc'.partition(u'x')), repr('abc'.rpartition(u'x'))
print repr('abc'.find(u'b')), repr('abc'.rfind(u'z')), repr('abc'.index(u'c')), repr('abcb'.rindex(u'b'))
print repr('abcb'.count(u'b')), repr('abc'.replace(u'b', 'x')), repr('abc'.replace('b', u'x'))
print repr('abc'.startswith(u'a')), repr('abc'.endswith(('x', u'c'))), repr('abc'.endswith(u'b'))
for f in [lambda: '\xe9 b'.split(u' '), lambda: '\xe9'.strip(u'x'), lambda: 'abc'.index(u'z'),
          lambda: 'a.b'.partition(u''), lambda: 'a b'.split(u'')]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
