# Incremental encoders and decoders and stream readers and writers of the
# CJK codecs: state kept across calls, pending bytes, reset, final.
import codecs
from StringIO import StringIO

text = u'a\u65e5\u672c\u8a9e\nb\xa5c\uff76\u4e02\n\u3042' * 3
for name in ['euc_jp', 'shift_jis', 'cp932', 'iso2022_jp', 'iso2022_jp_2',
             'iso2022_jp_ext', 'gb18030']:
    try:
        data = text.encode(name)
    except UnicodeEncodeError:
        data = text.encode(name, 'ignore')
    whole = data.decode(name)
    for size in [1, 2, 3, 5]:
        d = codecs.getincrementaldecoder(name)()
        parts = [d.decode(data[i:i + size]) for i in range(0, len(data), size)]
        parts.append(d.decode('', True))
        e = codecs.getincrementalencoder(name)('ignore')
        out = [e.encode(whole[i:i + size]) for i in range(0, len(whole), size)]
        out.append(e.encode(u'', True))
        print name, size, u''.join(parts) == whole, ''.join(out) == data
    r = codecs.getreader(name)(StringIO(data))
    print name, 'readline', [r.readline() for i in range(3)]
    r = codecs.getreader(name)(StringIO(data))
    print name, 'read(4)', repr(r.read(4)), repr(r.read())
    r = codecs.getreader(name)(StringIO(data))
    print name, 'readlines', len(r.readlines())
    s = StringIO()
    w = codecs.getwriter(name)(s, 'ignore')
    w.write(u'\u65e5')
    w.write('abc')
    w.writelines([u'\u672c', u'x'])
    w.reset()
    print name, 'writer', repr(s.getvalue())

# a decoder keeps an incomplete sequence until final
d = codecs.getincrementaldecoder('euc_kr')()
print repr(d.decode('\xb0')), repr(d.decode('\xa1\xb0'))
try:
    d.decode('', True)
except UnicodeDecodeError as e:
    print 'final:', e.start, e.end, e.reason
d.reset()
print repr(d.decode('a'))

# stateful encoders: escapes only when needed, flushed on final
for name in ['iso2022_jp', 'iso2022_kr', 'hz']:
    e = codecs.getincrementalencoder(name)()
    print name, repr(e.encode(u'\u3042')), repr(e.encode(u'\u3044')),
    print repr(e.encode(u'x')), repr(e.encode(u'\u3042', True)), repr(e.encode(u'y'))
    e.encode(u'\u3042')
    e.reset()
    print name, 'after reset', repr(e.encode(u'z', True))

# big5hkscs waits for the mark that may follow \xca
e = codecs.getincrementalencoder('big5hkscs')()
print repr(e.encode(u'a\xca')), repr(e.encode(u'\u0304b')), repr(e.encode(u'\xca', True))
e = codecs.getincrementalencoder('big5hkscs')()
print repr(e.encode(u'\xca')), repr(e.encode(u'x'))

# errors can be changed between calls
e = codecs.getincrementalencoder('euc_kr')()
try:
    e.encode(u'\udeee', True)
except UnicodeEncodeError as x:
    print 'strict:', x.start, x.end, x.reason
e.errors = 'ignore'
print repr(e.encode(u'\udeee', True))
e.errors = 'replace'
print repr(e.encode(u'a\udeeeb', True))
