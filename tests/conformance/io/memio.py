# io.StringIO newline modes, BytesIO/StringIO pickling and state, errors
import io, pickle

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

for nl in (None, u'', u'\n', u'\r', u'\r\n'):
    s = io.StringIO(u'a\nb\r\nc\rd', newline=nl)
    print repr(nl), repr(s.getvalue()), list(s), repr(s.newlines)
    s = io.StringIO(newline=nl)
    print s.write(u'x\r'), s.write(u'\ny\n'), repr(s.getvalue())
s = io.StringIO(u'hello')
show(lambda: s.seek(1, 1))
show(lambda: s.seek(-1))
show(lambda: s.seek(0, 5))
show(lambda: s.write('str'))
show(lambda: io.StringIO('str'))
show(lambda: io.StringIO(newline='x'))
print s.seek(8), s.write(u'!'), repr(s.getvalue())
print s.truncate(2), repr(s.getvalue()), s.tell()
b = io.BytesIO(b'0123456789')
b.seek(3)
b.foo = 1
c = pickle.loads(pickle.dumps(b, 2))
print c.getvalue(), c.tell(), c.foo, type(c).__name__
print b.__getstate__()
b.__setstate__(('abc', 1, None))
print b.read()
show(lambda: b.__setstate__(('abc', -1, None)))
show(lambda: b.__setstate__(('abc', 0)))
s = io.StringIO(u'abc\ndef')
s.readline()
t = pickle.loads(pickle.dumps(s, 2))
print repr(t.read()), t.tell()
print s.__getstate__()
show(lambda: s.__setstate__((u'', 'f', 0, None)))
b.close()
show(b.read)
show(b.__getstate__)
show(lambda: pickle.dumps(b, 2))
print repr(io.BytesIO(b'ab\ncd').readlines()), io.BytesIO(b'xyz').read1(2)
show(lambda: io.BytesIO(u'abc'))
show(lambda: io.BytesIO().read(''))
show(lambda: io.BytesIO().truncate(-1))
show(io.StringIO().detach)
print io.open, type(io.BytesIO()).__name__
d = io.IncrementalNewlineDecoder(None, translate=True)
print repr(d.decode(u'a\r')), repr(d.decode(u'\nb\r')), repr(d.decode(u'', final=True)), repr(d.newlines)
