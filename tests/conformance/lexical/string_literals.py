# All the string literal forms.
print 'single', "double"
print 'it\'s', "say \"hi\"", "it's", 'say "hi"'
print '''triple
single''', """triple
double"""
print r'raw\n\t', R"raw\x41"
print u'unicode ascii', U"upper U"
print b'bytes', B"BYTES"
print len('\n'), len('\t'), len('\\'), len('\''), len(r'\n')
print '\x41\x42\x43', '\101\102\103', '\x61' + '\142'
print repr('\0'), repr('\x00'), len('\0'), ord('\0')
print repr('a\nb\tc\\d\re')
print repr('\a\b\f\v')
print 'abc' 'def' "ghi"
print ('multi'
       'line'
       " join")
s = """first line
second line\
 continued
third"""
print s
print repr('''a'b"c''')
print repr("\"")
print 'unknown escape \q stays', len('\q')
print '\
continued string'
print repr(r'\''), len(r'\'')
