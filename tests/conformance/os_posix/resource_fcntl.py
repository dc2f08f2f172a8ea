# resource limits and usage, fcntl flags and locks, and the other libc
# calls of posix (statvfs, getres*id, sysconf, times, major/minor), with
# their errors; no machine-specific numbers are printed.
import os, resource, fcntl, struct, tempfile

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print soft > 0, hard == resource.RLIM_INFINITY or hard >= soft
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard)
u = resource.getrusage(resource.RUSAGE_SELF)
print type(u).__name__, len(u), isinstance(u.ru_utime, float), u.ru_maxrss > 0
print resource.getpagesize() == os.sysconf('SC_PAGESIZE')
for call, args in [(resource.getrlimit, (999,)), (resource.getrusage, (99,)),
                   (resource.setrlimit, (resource.RLIMIT_NOFILE, (1,))),
                   (resource.getrlimit, ())]:
    try:
        call(*args)
    except Exception as e:
        print call.__name__, type(e).__name__, e

fd, name = tempfile.mkstemp()
f = open(name, 'w')
flags = fcntl.fcntl(f, fcntl.F_GETFL)
fcntl.fcntl(f.fileno(), fcntl.F_SETFL, flags | os.O_NONBLOCK)
print bool(fcntl.fcntl(f, fcntl.F_GETFL) & os.O_NONBLOCK)
fcntl.fcntl(f, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print fcntl.fcntl(f, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
lock = struct.pack('hhllhh', fcntl.F_WRLCK, 0, 0, 0, 0, 0)
out = fcntl.fcntl(f, fcntl.F_SETLKW, lock)
print len(out) == len(lock)
fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.flock(f, fcntl.LOCK_UN)
fcntl.lockf(f, fcntl.LOCK_EX)
fcntl.lockf(f, fcntl.LOCK_UN)
for arg in [-1, 'spam']:
    try:
        fcntl.fcntl(arg, fcntl.F_GETFL)
    except Exception as e:
        print type(e).__name__, e
f.close()
os.close(fd)

v = os.statvfs(name)
print type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax > 0
print os.fstatvfs(os.open(name, os.O_RDONLY)).f_bsize == v.f_bsize
st = os.stat(name)
print os.makedev(os.major(st.st_dev), os.minor(st.st_dev)) == st.st_dev
print len(os.getresuid()), os.getresuid()[0] == os.getuid(), os.getresgid()[1] == os.getegid()
print len(os.times()), os.sysconf('SC_CLK_TCK') > 0, 'SC_OPEN_MAX' in os.sysconf_names
os.unlink(name)
for call, args in [(os.statvfs, ('/no/such/path',)), (os.sysconf, ('SC_NOPE',)),
                   (os.major, (1.5,)), (os.major, (-1,)), (os.getpid, (1,))]:
    try:
        call(*args)
    except Exception as e:
        print call.__name__, type(e).__name__, e
