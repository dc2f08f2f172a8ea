# fcntl with integer arguments: commands that take a number get it; one that
# reads or writes through a pointer (F_GETLK) refuses a bare integer with
# EFAULT and fills a packed struct flock given as a string.
import fcntl, os, struct
r, w = os.pipe()
# os.pipe, os.dup and os.open give descriptors a child inherits across exec.
print fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
d = os.dup(w)
fd = os.open('fcntl_int_args.tmp', os.O_WRONLY | os.O_CREAT)
print fcntl.fcntl(d, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
os.close(d)
os.close(fd)
print fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC), fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC
fl = fcntl.fcntl(w, fcntl.F_GETFL)
print fcntl.fcntl(w, fcntl.F_SETFL, fl | os.O_NONBLOCK), bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK)
dup = fcntl.fcntl(r, fcntl.F_DUPFD, 50)
print dup >= 50
os.close(dup)
for arg in (0, 12345, 4096):
    try:
        fcntl.fcntl(r, fcntl.F_GETLK, arg)
    except IOError as e:
        print 'IOError', e.errno, e.strerror
f = open('fcntl_int_args.tmp', 'w')
lk = struct.pack('hhqqi', fcntl.F_WRLCK, 0, 0, 0, 0)
got = fcntl.fcntl(f, fcntl.F_GETLK, lk)
print len(got), struct.unpack('hhqqi', got)[0] == fcntl.F_UNLCK
f.close()
os.remove('fcntl_int_args.tmp')
