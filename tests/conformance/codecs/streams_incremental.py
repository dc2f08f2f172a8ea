# Stream readers/writers, incremental codecs, BOM rules and the encodings
# package (utf-8-sig, idna, punycode).
import codecs
import StringIO

lines = [u"Humpty Dumpty sat on a wall,\n", u"had a great fall.\r\n",
         u"all the king's men\r", u"together again.\u20ac"]
data = u''.join(lines)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-7', 'utf-8-sig']:
    raw = data.encode(enc)
    r = codecs.getreader(enc)(StringIO.StringIO(raw))
    print enc, repr(r.readline()), repr(r.read(3)), repr(r.readline(keepends=False)), repr(r.readlines())
    dec = codecs.getincrementaldecoder(enc)()
    print '  ', repr(u''.join(dec.decode(c) for c in raw) + dec.decode('', True))
    encoder = codecs.getincrementalencoder(enc)()
    print '  ', repr(''.join(encoder.encode(c) for c in data) + encoder.encode(u'', True) == raw)
    print '  ', repr(list(codecs.iterdecode(iter([raw[:5], raw[5:]]), enc)))

s = StringIO.StringIO()
w = codecs.getwriter('utf-16')(s)
w.write(u'spam')
w.write(u'spam')
print repr(s.getvalue())
try:
    codecs.getreader('utf-16')(StringIO.StringIO('\xff\xff')).read()
except UnicodeError as e:
    print 'UnicodeError', e

print repr(u'\ufeffx'.encode('utf-8-sig')), repr('\xef\xbb\xbfx'.decode('utf-8-sig')), repr('x'.decode('utf-8-sig'))
print repr(u'b\xfccher.example'.encode('idna')), repr('xn--bcher-kva.example.'.decode('idna'))
print repr(u'\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587'.encode('punycode'))
print repr('ihqwcrb4cv8a8dqg056pqjye'.decode('punycode'))
for bad in [u'a..b', u'x' * 64]:
    try:
        bad.encode('idna')
    except UnicodeError as e:
        print 'UnicodeError', e
import encodings
print encodings.normalize_encoding('  utf-8 sig'), encodings.search_function('latin-1').name, codecs.lookup('latin1').name
import encodings.idna
print repr(encodings.idna.nameprep(u'CAFE\xad')), repr(encodings.idna.ToASCII(u'\xe9'))

# user error handlers reach the core's codecs
def h(e):
    return (u'[%s %d-%d]' % (type(e).__name__, e.start, e.end), e.end)
codecs.register_error('test.mine', h)
print repr(u'a\xe9\u20acb'.encode('ascii', 'test.mine')), repr(u'a\xe9\u20acb'.encode('latin-1', 'test.mine'))
print repr('a\xffb\xc3'.decode('utf-8', 'test.mine')), repr('a\xffb'.decode('ascii', 'test.mine'))
print repr(u'a\xe9'.encode('cp1252', 'test.mine')), repr(u'a\u0100'.encode('cp1252', 'test.mine'))
codecs.register_error('test.bad', lambda e: (u'x', 99))
codecs.register_error('test.worse', lambda e: 'x')
for name in ['test.bad', 'test.worse', 'test.nonesuch']:
    try:
        u'\xe9'.encode('ascii', name)
    except Exception as e:
        print type(e).__name__, e
