# seek/tell/truncate and readline(size) on files.
f = open('wl_seek_tell.txt', 'w+')
f.write('hello\nworld\nthird\n')
f.seek(0)
print repr(f.readline()), f.tell()
print repr(f.read(3)), f.tell()
f.seek(-6, 2)
print repr(f.read())
f.seek(0)
print repr(f.readline(3)), repr(f.readline())
f.truncate(5)
f.seek(0)
print repr(f.read())
f.close()
import os
os.remove('wl_seek_tell.txt')
try:
    open('.')
except IOError as e:
    print 'IOError', e.errno, e.strerror
