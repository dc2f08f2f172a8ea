import os, sys, tempfile, errno
d = tempfile.mkdtemp()
p = os.path.join(d, 'data')
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0600)
print os.write(fd, 'hello world'), os.lseek(fd, 0, os.SEEK_SET), repr(os.read(fd, 5)), repr(os.read(fd, 100)), repr(os.read(fd, 10))
st = os.fstat(fd); print st.st_size, oct(st.st_mode & 0777), st[6], len(st), type(st).__name__, isinstance(st.st_mtime, float)
try: os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL)
except OSError as e: print e.errno == errno.EEXIST, e.strerror
f = os.fdopen(fd, 'r+'); f.seek(6); print f.read(); f.close()
try: os.close(fd)
except OSError as e: print e
try: os.read(12345, 1)
except OSError as e: print e
os.chmod(p, 0640); print oct(os.stat(p).st_mode & 0777)
os.utime(p, (100, 200)); s = os.stat(p); print s.st_atime, s.st_mtime, s[8], os.path.getmtime(p)
os.symlink(p, p + '.lnk'); print os.path.islink(p + '.lnk'), os.path.islink(p), os.readlink(p + '.lnk') == p, os.path.lexists(p + '.lnk'), os.path.realpath(p + '.lnk') == os.path.realpath(p)
print os.lstat(p + '.lnk').st_mode & 0170000 == 0120000, os.path.samefile(p, p + '.lnk')
os.remove(p)
print os.path.exists(p + '.lnk'), os.path.lexists(p + '.lnk')
os.unlink(p + '.lnk')
os.makedirs(os.path.join(d, 'a', 'b', 'c'))
for n in ['a/x', 'a/b/y', 'a/b/c/z']: open(os.path.join(d, n), 'w').close()
print [(r[len(d):], ds, fs) for r, ds, fs in os.walk(d)]
print [(r[len(d):], ds, fs) for r, ds, fs in os.walk(d, topdown=False)]
w = []
for r, ds, fs in os.walk(d):
    w.append(r[len(d):]); ds[:] = [x for x in ds if x != 'b']
print w
print list(os.walk(os.path.join(d, 'nope'))), type(os.walk(d)).__name__
errs = []; list(os.walk(os.path.join(d, 'nope'), onerror=errs.append)); print errs[0].errno
os.chdir(d); print os.getcwd() == os.path.realpath(d), os.path.relpath(os.path.join(d, 'a', 'b'), os.path.join(d, 'a', 'x'))
print os.access(os.path.join(d, 'a'), os.F_OK), os.access(os.path.join(d, 'zz'), os.F_OK), os.access(os.path.join(d, 'a', 'x'), os.R_OK | os.W_OK)
os.removedirs(os.path.join(d, 'a', 'b', 'c')) if False else None
os.remove(os.path.join(d, 'a/b/c/z')); os.removedirs(os.path.join(d, 'a', 'b', 'c')); print os.path.exists(os.path.join(d, 'a', 'b')), os.path.exists(os.path.join(d, 'a'))
os.renames(os.path.join(d, 'a', 'b', 'y'), os.path.join(d, 'q', 'r', 'y')); print sorted(os.listdir(d)), os.listdir(os.path.join(d, 'q', 'r')), os.path.exists(os.path.join(d, 'a', 'b'))
print os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/lib2']), repr(os.path.commonprefix([])), os.path.splitdrive('/a/b'), os.path.normcase('/A/b')
os.environ['MINIPY_T'] = 'v1'; print os.getenv('MINIPY_T'), os.getenv('MINIPY_NOPE', 'dflt'), os.path.expandvars('$MINIPY_T/${MINIPY_T}/$NOPE_X/$')
try: os.path.relpath('')
except ValueError as e: print e
print len(os.uname()), os.uname()[0], type(os.getuid()).__name__, os.getppid() > 0, os.name, os.curdir, os.pardir, os.sep, os.extsep, os.altsep, os.pathsep
os.write(1, 'direct write\n')
import shutil; os.chdir('/'); shutil.rmtree(d); print os.path.exists(d)
def depth2():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno, sys._getframe().f_back.f_code.co_name
def outer(): return depth2()
print outer(), sys._getframe().f_globals is globals(), sys._getframe().f_back
try: sys._getframe(1000)
except ValueError as e: print e
