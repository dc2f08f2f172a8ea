# unicode pickles as UNICODE (protocol 0) / BINUNICODE (1, 2), bytes as CPython's
import pickle, cPickle, pickletools

s = u'ab'
vals = [u'', u'a', u'\u03c0a\\b\n\r\x00\t\U0001f600\xe9\x7f\x80', (s, s), [s, u'x', 'x'], u'\ud800']
for m in (pickle, cPickle):
    for p in (0, 1, 2):
        for v in vals:
            data = m.dumps(v, p)
            back = m.loads(data)
            print m.__name__, p, repr(data), repr(back), back == v
            print repr(pickle.loads(data)), repr(cPickle.loads(data))


class U(unicode):
    pass

for m in (pickle, cPickle):
    u = U(u'\u03c0')
    u.attr = 5
    for p in (0, 1, 2):
        back = m.loads(m.dumps(u, p))
        print m.__name__, p, type(back).__name__, repr(back), back.attr
    print repr(m.dumps(U(u'\u03c0'), 2))
print type(unicode.__new__(U, u'ab')).__name__
for data in ['\\u00zz', '\\U0001', '\xe9\\u03c0']:
    try:
        print repr(data.decode('raw-unicode-escape'))
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError', e

for m in (pickle, cPickle):
    for data in ['X\xff\xff\xff\xff.', 'X\x02\x00\x00\x00\xcf.', 'X\x01\x00\x00\x00\xff.', 'V\n.']:
        try:
            print repr(m.loads(data))
        except Exception as e:
            print type(e).__name__, e

pickletools.dis(pickle.dumps(u'\u03c0\n', 0))
pickletools.dis(pickle.dumps(u'\u03c0\n', 2))
