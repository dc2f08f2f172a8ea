# gzip: write/read round trips, headers, multiple members, seek/readline,
# and the errors 2.7 raises.
import gzip, os, io, struct, tempfile, zlib

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt.gz')
lines = ['line %d %s\n' % (i, 'x' * (i % 7)) for i in range(200)]
text = ''.join(lines)

f = gzip.GzipFile(path, 'wb', mtime=1234567890)
print f.write(text), f.mode == gzip.WRITE, f.name == path, f.tell()
f.close()
print f.closed
raw = open(path, 'rb').read()
print repr(raw[:10]), repr(raw[10:22])       # header with the name
print struct.unpack('<II', raw[-8:])[1] == len(text)

with gzip.open(path) as g:
    print g.mode == gzip.READ, g.mtime, g.read(10).__repr__(), g.tell()
    print repr(g.readline()), repr(g.readline(5)), g.tell()
    g.seek(100)
    print repr(g.read(12)), g.tell()
    g.seek(3, 1)
    print repr(g.read(5))
    g.seek(0)
    print len(list(g)), g.tell()
    try:
        g.seek(0, 2)
    except ValueError as e:
        print 'ValueError', e
    try:
        g.write('x')
    except IOError as e:
        print 'IOError', e.errno, e.strerror

# appending makes a second member; reading goes through both
with gzip.open(path, 'ab') as g:
    g.write('tail\n')
with gzip.open(path) as g:
    data = g.read()
print len(data) == len(text) + 5, data.endswith('tail\n')
print len(gzip.open(path).readlines())

# through a file object, and a bytes buffer
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    g.write('abc' * 10)
    g.write(memoryview('def'))
print buf.getvalue().encode('hex')[:40]
print gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read()

# header fields: extra, comment, CRC16 flags are skipped
body = zlib.compressobj(9, zlib.DEFLATED, -15)
comp = body.compress('hello') + body.flush()
hdr = '\x1f\x8b\x08' + chr(4 | 16 | 2) + '\0\0\0\0\0\xff' + '\x03\x00abc' + 'a comment\0' + 'XX'
blob = hdr + comp + struct.pack('<II', zlib.crc32('hello') & 0xffffffff, 5) + '\0\0\0'
print gzip.GzipFile(fileobj=io.BytesIO(blob)).read()

# errors
for bad in ['not gzip at all', '\x1f\x8b\x07' + '\0' * 20,
            blob[:-11] + 'XXXX' + blob[-7:]]:
    try:
        print repr(gzip.GzipFile(fileobj=io.BytesIO(bad)).read())
    except IOError as e:
        print 'IOError', e
try:
    gzip.GzipFile(fileobj=io.BytesIO(''), mode='z')
except IOError as e:
    print 'IOError', e
g = gzip.GzipFile(path)
g.close()
for call in (lambda: g.read(1), lambda: g.tell(), lambda: g.seek(0)):
    try:
        call()
    except ValueError as e:
        print 'ValueError', e
os.remove(path)
os.rmdir(d)
