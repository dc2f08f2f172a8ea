# zipfile: writing stored and deflated members, reading them back, the
# central directory, comments, appending, extraction and errors.
import zipfile, os, io, tempfile, shutil, struct

d = tempfile.mkdtemp()
path = os.path.join(d, 'a.zip')
src = os.path.join(d, 'src.txt')
with open(src, 'wb') as f:
    f.write('source file\n' * 100)

with zipfile.ZipFile(path, 'w') as z:
    z.writestr(zipfile.ZipInfo('one.txt', (2001, 2, 3, 4, 5, 6)), 'first member')
    info = zipfile.ZipInfo('dir/two.txt', (1999, 12, 31, 23, 59, 58))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.comment = 'a member comment'
    z.writestr(info, 'second ' * 300)
    z.write(src, 'copied.txt', zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('empty/'), '')
    z.comment = 'archive comment'

print zipfile.is_zipfile(path), zipfile.is_zipfile(src)
with zipfile.ZipFile(path) as z:
    print z.namelist()
    print repr(z.comment)
    for i in z.infolist():
        print i.filename, i.date_time if i.filename != 'copied.txt' else '', i.compress_type, i.file_size, i.CRC, repr(i.comment), i.flag_bits
    print z.read('one.txt')
    print len(z.read('dir/two.txt')), z.getinfo('dir/two.txt').compress_size < 2100
    f = z.open('copied.txt')
    print repr(f.readline()), repr(f.read(6)), len(f.read())
    print z.testzip()
    try:
        z.getinfo('missing')
    except KeyError as e:
        print 'KeyError', e
    try:
        z.writestr('x', 'y')
    except RuntimeError as e:
        print 'RuntimeError', e
    try:
        z.open('one.txt', 'w')
    except RuntimeError as e:
        print 'RuntimeError', e
    out = os.path.join(d, 'out')
    print z.extract('dir/two.txt', out) == os.path.join(out, 'dir', 'two.txt')
    z.extractall(out)
    print sorted(os.listdir(out)), os.path.isdir(os.path.join(out, 'empty'))

# appending
with zipfile.ZipFile(path, 'a', zipfile.ZIP_DEFLATED) as z:
    z.writestr('three.txt', 'appended')
with zipfile.ZipFile(path) as z:
    print z.namelist(), z.read('three.txt'), repr(z.comment)

# universal newlines
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('nl.txt', 'a\r\nb\rc\nd')
with zipfile.ZipFile(buf) as z:
    print z.open('nl.txt', 'U').readlines()
    print z.open('nl.txt').readlines()
    f = z.open('nl.txt', 'rU')
    f.readlines()
    print f.newlines

# bytes layout of a tiny archive (fixed date)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr(zipfile.ZipInfo('x', (1980, 1, 1, 0, 0, 0)), 'hi')
print buf.getvalue().encode('hex')

# corrupt archives
for data in ['', 'PK\x05\x06' + '\0' * 5, 'junk' * 50]:
    try:
        zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipfile as e:
        print 'BadZipfile', e
bad = bytearray(buf.getvalue())
bad[36] ^= 0xff                      # the member's data
try:
    zipfile.ZipFile(io.BytesIO(str(bad))).read('x')
except zipfile.BadZipfile as e:
    print 'BadZipfile', e
try:
    zipfile.ZipFile(path, 'x')
except RuntimeError as e:
    print 'RuntimeError', e
try:
    zipfile.ZipFile(path, 'w', 99)
except RuntimeError as e:
    print 'RuntimeError', e
z = zipfile.ZipFile(path)
z.close()
try:
    z.read('one.txt')
except RuntimeError as e:
    print 'RuntimeError', e
try:
    zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print 'ValueError', e
print zipfile.ZipInfo('a\0b').filename
shutil.rmtree(d)
