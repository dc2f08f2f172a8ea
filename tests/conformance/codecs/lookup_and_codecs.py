import codecs
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
for n in ['utf-8', 'UTF8', 'latin1', 'latin-1', 'ascii', 'hex', 'base64', 'zlib', 'rot13', 'string_escape', 'utf-16', 'iso8859-1']:
    try:
        ci = codecs.lookup(n); print n, ci.name, len(ci), type(ci).__name__
    except Exception as e: print type(e).__name__, e
t(codecs.lookup, 'nope'); t(codecs.encode, 'abc', 'hex'); t(codecs.decode, '616263', 'hex'); t(codecs.encode, 'abc', 'rot13'); t(codecs.encode, 'x'*10, 'zlib')
t(codecs.getencoder('hex'), 'ab'); t(codecs.getdecoder('hex'), '6162'); t(codecs.getencoder('utf-8'), 'ab'); print codecs.getdecoder('ascii')('ab')[1]
t(codecs.decode, '\xff', 'ascii'); t(codecs.encode, 'abc', 'base64'); t(codecs.decode, 'YWJj\n', 'base64')
print repr(codecs.BOM_UTF8), repr(codecs.BOM_UTF16_LE), repr(codecs.BOM_UTF16_BE), repr(codecs.BOM_UTF32_LE), repr(codecs.BOM_UTF32_BE), repr(codecs.BOM), codecs.BOM == codecs.BOM_UTF16_LE
print repr('abc'.encode('hex')), repr('616263'.decode('hex')), repr('abc'.encode('base64')), repr('abc'.encode('rot13')), repr(('x'*20).encode('zlib').decode('zlib'))
print repr('a\nb'.encode('string_escape')), repr(u'\xe9'.encode('utf-8'))
print codecs.lookup_error('strict').__name__; t(codecs.lookup_error, 'nope')
import StringIO
s = StringIO.StringIO()
w = codecs.getwriter('utf-8')(s); w.write(u'abc'); print repr(s.getvalue())
r = codecs.getreader('utf-8')(StringIO.StringIO('line1\nline2\n')); print r.readline(), r.read()
f = codecs.open('/tmp/_c.txt', 'w', 'utf-8'); f.write(u'h\xe9llo\n'); f.close()
f = codecs.open('/tmp/_c.txt', 'r', 'utf-8'); print repr(f.read().encode('utf-8')); f.close()
print list(codecs.iterencode(['ab', 'c'], 'hex')), ''.join(codecs.iterdecode(['61', '62'], 'hex'))
e = codecs.getincrementalencoder('hex')(); print e.encode('ab'), e.encode('c', True)
ci = codecs.lookup('utf-8'); print ci.encode(u'x'), ci.decode('x')[1]
t('abc'.encode, 'nope')
print repr(u'h\xe9\U0001f600'.encode('utf-16')), repr(u'ab'.encode('utf-16-be')), repr(u'a\xe9'.encode('utf-32'))
print repr('\xff\xfeh\x00\xe9\x00'.decode('utf-16').encode('utf-8')), repr('\x00a'.decode('utf-16-be').encode('ascii')), repr(codecs.decode('a\x00\x00\x00', 'utf-32-le').encode('ascii'))
t('\xff\xfea'.decode, 'utf-16')
d = codecs.getincrementaldecoder('utf-8')(); print repr(d.decode('\xc3').encode('utf-8')), repr(d.decode('\xa9').encode('utf-8'))
def search(name):
    if name == 'myrot':
        return codecs.CodecInfo(lambda s, e='strict': (s[::-1], len(s)), lambda s, e='strict': (s[::-1], len(s)), name='myrot')
codecs.register(search)
print 'abc'.encode('myrot'), codecs.lookup('myrot').name, codecs.decode('xyz', 'myrot')
t(codecs.register, 1)
