# Trivial encode/decode with ascii and utf-8 (ASCII data only).
s = 'hello'
print s.encode('ascii'), s.encode('utf-8'), s.decode('ascii'), s.decode('utf-8')
print s.encode('utf8') == s, len(s.encode('utf-8'))
print type(s.encode('ascii')).__name__ in ('str', 'bytes')
print 'ABC'.decode('ascii').lower(), ''.encode('utf-8') == ''
print str(b'bytes'), b'x' + 'y'
