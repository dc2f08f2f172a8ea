# repr() of strings: quote choice and escaping.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', '', 'tab\there', 'nl\n',
          'cr\r', 'back\\slash', '\x00\x01\x1f', '\x7f\x80\xff', 'bell\a', '\'', '"', "'\"'"]:
    print repr(s), len(s)
print repr('a' * 3), repr(chr(10)), repr(chr(200)), repr(''.join(chr(i) for i in range(30, 35)))
print str('plain'), repr(repr('x')), repr(str(1)), repr(repr(1))
print repr(b'abc'), repr(u'abc'.encode('ascii'))
print 'x%sy' % repr('\t')
