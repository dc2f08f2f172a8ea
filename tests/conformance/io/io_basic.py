import io

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

b = io.BytesIO('hello\nworld\n')
print b.read(3), repr(b.readline()), b.tell(), b.readlines()
print b.seek(0), b.read(), b.seek(-3, 2), b.read()
print b.write('XY'), b.getvalue()
b.seek(20)
print b.write('!'), repr(b.getvalue())
print b.truncate(5), b.getvalue(), b.tell()
print b.readable(), b.writable(), b.seekable(), b.closed
print list(io.BytesIO('a\nb\nc'))
with io.BytesIO('x') as f:
    print f.read()
print f.closed
show(f.read)
show(f.getvalue)
show(lambda: io.BytesIO().write(5))
show(lambda: io.BytesIO().seek(-1))
show(lambda: io.BytesIO().fileno())
print isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase)
print isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.TextIOBase)
print issubclass(io.RawIOBase, io.IOBase), issubclass(io.UnsupportedOperation, ValueError)
print issubclass(io.UnsupportedOperation, IOError)
print io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END
s = io.StringIO(u'abc')
print s.read(), s.write(u'def'), s.getvalue()
r = bytearray(3)
print io.BytesIO('xyz1').readinto(r), r
import pickle
f = io.BytesIO()
pickle.dump([1, 2, 'x'], f, 2)
f.seek(0)
print pickle.load(f)
show(lambda: io.open(None))
show(lambda: io.open('x', 'rq'))
import os
with io.open('_io_tmp.txt', 'wb') as w:
    w.write('line1\nline2\n')
with io.open('_io_tmp.txt', 'rb') as r:
    print r.readlines()
os.remove('_io_tmp.txt')
