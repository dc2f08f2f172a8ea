# tarfile: writing and reading the three formats, long names, pax headers,
# compressed archives, streams, extraction and the errors of 2.7.
import tarfile, os, tempfile, shutil
from StringIO import StringIO

d = tempfile.mkdtemp()

def make(fmt, mode='w', name='t.tar'):
    path = os.path.join(d, name)
    tar = tarfile.open(path, mode, format=fmt)
    for nm, data in (('a.txt', 'hello\nworld\n'), ('dir/b.bin', '\0\1\2' * 300),
                     ('long/' + 'x' * 120 + '/file', 'deep')):
        ti = tarfile.TarInfo(nm)
        ti.size = len(data)
        ti.mtime = 1234567890
        ti.uname = 'user'
        ti.gname = 'group'
        tar.addfile(ti, StringIO(data))
    ti = tarfile.TarInfo('dir')
    ti.type = tarfile.DIRTYPE
    ti.mode = 0755
    tar.addfile(ti)
    ti = tarfile.TarInfo('link')
    ti.type = tarfile.SYMTYPE
    ti.linkname = 'a.txt'
    tar.addfile(ti)
    tar.close()
    return path

for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    path = make(fmt)
    print fmt, os.path.getsize(path) % tarfile.RECORDSIZE
    tar = tarfile.open(path)
    for m in tar:
        print m.name[:30], m.size, oct(m.mode), m.mtime, repr(m.type), m.uname, m.linkname, m.isdir(), m.issym()
    print tar.extractfile('a.txt').readlines()
    print repr(tar.extractfile('link').read())
    print tar.extractfile('dir') is None
    f = tar.extractfile('dir/b.bin')
    f.seek(-3, 2)
    print repr(f.read()), f.tell()
    tar.close()

try:
    make(tarfile.USTAR_FORMAT)
except ValueError as e:
    print 'ValueError', e

ti = tarfile.TarInfo('p' * 50)
print len(ti.tobuf(tarfile.USTAR_FORMAT)), ti.tobuf(tarfile.USTAR_FORMAT)[148:156]
print tarfile.filemode(0100644), tarfile.filemode(040755), tarfile.filemode(0120777), tarfile.filemode(04755)
print tarfile.itn(7, 8), repr(tarfile.itn(8 ** 7, 8, tarfile.GNU_FORMAT)), repr(tarfile.itn(-1, 8, tarfile.GNU_FORMAT))
print tarfile.nti(tarfile.itn(8 ** 9, 8, tarfile.GNU_FORMAT)), tarfile.nti(tarfile.itn(-5, 8, tarfile.GNU_FORMAT))
try:
    tarfile.itn(8 ** 7, 8, tarfile.USTAR_FORMAT)
except ValueError as e:
    print e
print repr(tarfile.nts('abc\0def')), repr(tarfile.stn('ab', 5))

for comp in ('gz', 'bz2'):
    path = os.path.join(d, 't.tar.' + comp)
    tar = tarfile.open(path, 'w:' + comp)
    ti = tarfile.TarInfo('z')
    ti.size = 5
    tar.addfile(ti, StringIO('12345'))
    tar.close()
    for mode in ('r', 'r:*', 'r:' + comp):
        tar = tarfile.open(path, mode)
        print comp, mode, tar.getnames(), tar.extractfile('z').read()
        tar.close()
    for mode in ('r|*', 'r|' + comp):
        tar = tarfile.open(path, mode)
        for m in tar:
            print comp, mode, m.name, tar.extractfile(m).read()
        tar.close()
    try:
        tarfile.open(path, 'r|').getnames()
    except tarfile.ReadError as e:
        print 'ReadError', e
    print tarfile.is_tarfile(path)
    try:
        tarfile.open(make(tarfile.GNU_FORMAT), 'r:' + comp)
    except tarfile.ReadError as e:
        print 'ReadError', e

# streams
buf = StringIO()
tar = tarfile.open(fileobj=buf, mode='w|')
ti = tarfile.TarInfo('s')
ti.size = 3
tar.addfile(ti, StringIO('abc'))
tar.close()
buf.seek(0)
tar = tarfile.open(fileobj=buf, mode='r|')
for m in tar:
    print m.name, tar.extractfile(m).read()

# extraction
path = make(tarfile.GNU_FORMAT)
out = os.path.join(d, 'out')
tar = tarfile.open(path)
tar.extractall(out)
tar.close()
for root, dirs, files in sorted(os.walk(out)):
    for name in sorted(files):
        p = os.path.join(root, name)
        print os.path.relpath(p, out)[:20], os.path.islink(p), open(p).read()[:8].encode('hex')
print oct(os.stat(os.path.join(out, 'dir')).st_mode & 0777), os.stat(os.path.join(out, 'a.txt')).st_mtime

# add from the disk
src = os.path.join(d, 'src')
os.makedirs(os.path.join(src, 'sub'))
open(os.path.join(src, 'sub', 'f'), 'w').write('data')
tar = tarfile.open(os.path.join(d, 'disk.tar'), 'w')
tar.add(src, arcname='top')
tar.add(src, arcname='filtered', filter=lambda t: None if t.name.endswith('f') else t)
tar.close()
tar = tarfile.open(os.path.join(d, 'disk.tar'))
print [(m.name, m.type) for m in tar.getmembers()]
tar.close()

# errors
for args in ((), ('x', 'q')):
    try:
        tarfile.open(*args)
    except ValueError as e:
        print 'ValueError', e
try:
    tarfile.open(os.path.join(d, 'x.tar'), 'r:xz')
except tarfile.CompressionError as e:
    print 'CompressionError', e
open(os.path.join(d, 'empty'), 'w').close()
try:
    tarfile.open(os.path.join(d, 'empty'))
except tarfile.ReadError as e:
    print 'ReadError', e
tar = tarfile.open(path)
try:
    tar.getmember('nope')
except KeyError as e:
    print 'KeyError', e
try:
    tar.addfile(tarfile.TarInfo('x'))
except IOError as e:
    print 'IOError', e
tar.close()
try:
    tar.getnames()
except IOError as e:
    print 'IOError', e
data = open(path, 'rb').read()
open(path, 'wb').write(data[:700])
tar = tarfile.open(path)
try:
    for m in tar:
        pass
except tarfile.ReadError as e:
    print 'ReadError', e
print issubclass(tarfile.ReadError, tarfile.TarError), issubclass(tarfile.EOFHeaderError, tarfile.HeaderError)
shutil.rmtree(d)
