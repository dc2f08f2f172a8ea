# BZ2File: writing, reading by pieces and lines, universal newlines, seek,
# the mixed-iteration guard and the errors of 2.7.
import bz2, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.bz2')
f = bz2.BZ2File(path, 'w')
print repr(f.mode), f.closed, f.newlines, f.tell()
for fn in (f.read, f.readline, lambda: f.seek(0), lambda: f.write(5)):
    try:
        fn()
    except Exception as e:
        print repr(e)
f.write('abc\r\ndef\rg\nh' * 3)
f.writelines(['one\n', 'two\n'])
f.close()
print f.closed
for fn in (f.read, lambda: f.write('x'), f.tell, f.next):
    try:
        fn()
    except Exception as e:
        print repr(e)
f.close()

f = bz2.BZ2File(path, 'rU')
print repr(f.mode), repr(f.read()), f.newlines, f.tell()
f.close()
f = bz2.BZ2File(path)
print repr(f.readlines()), f.newlines, f.tell()
f.seek(3)
print repr(f.read(2)), f.tell()
f.seek(-2, 1)
print f.tell(), repr(f.readline())
f.seek(-4, 2)
print repr(f.read())
f.seek(10 ** 6)
print f.tell(), repr(f.read())
f.seek(-100)
print f.tell(), repr(f.read(4))
try:
    f.write('x')
except IOError as e:
    print repr(e)
try:
    f.read(None)
except TypeError as e:
    print 'TypeError'
f.close()

with bz2.BZ2File(path, 'w') as f:
    f.write('line %d\n' * 3000 % tuple(range(3000)))
with bz2.BZ2File(path) as f:
    print repr(next(f)), repr(f.next())
    try:
        f.read()
    except ValueError as e:
        print repr(e)
with bz2.BZ2File(path) as f:
    lines = list(f)
    print len(lines), repr(lines[-1])
with bz2.BZ2File(path) as f:
    n = 0
    while True:
        s = f.read(1000)
        if not s:
            break
        n += len(s)
    print n

open(path, 'wb').write(bz2.compress('abc')[:-5])
try:
    bz2.BZ2File(path).read()
except EOFError as e:
    print repr(e)
open(path, 'wb').write('garbage' * 10)
try:
    bz2.BZ2File(path).read()
except IOError as e:
    print repr(e)
open(path, 'wb').write(bz2.compress('abc') + 'trail')
print repr(bz2.BZ2File(path).read())
try:
    bz2.BZ2File(os.path.join(d, 'missing.bz2'))
except IOError as e:
    print e.errno, e.strerror
f = bz2.BZ2File(path)
f.close()
try:
    with f:
        pass
except ValueError as e:
    print repr(e)
os.unlink(path)
os.rmdir(d)
