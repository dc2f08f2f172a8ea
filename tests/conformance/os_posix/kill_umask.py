# os.kill to our own process runs the Python handler before the next
# statement; os.umask really sets the mask (files made after it obey it).
import os, signal, stat, tempfile

got = []
def handler(sig, frame):
    got.append(sig)
old = signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print 'handled at once:', got
signal.signal(signal.SIGUSR1, old)

try:
    os.kill(os.getpid(), signal.SIGINT)
    print 'not interrupted'
except KeyboardInterrupt:
    print 'KeyboardInterrupt'

try:
    os.kill(os.getpid(), 12345)
except OSError as e:
    print 'OSError', e.errno, e.strerror

prev = os.umask(0o077)
print 'second call returns the mask set:', oct(os.umask(0o027))
d = tempfile.mkdtemp()
try:
    path = os.path.join(d, 'f')
    open(path, 'w').close()
    print 'file mode', oct(stat.S_IMODE(os.stat(path).st_mode))
    os.mkdir(os.path.join(d, 'sub'))
    print 'dir mode', oct(stat.S_IMODE(os.stat(os.path.join(d, 'sub')).st_mode))
finally:
    os.umask(prev)
    os.remove(path)
    os.rmdir(os.path.join(d, 'sub'))
    os.rmdir(d)
print os.umask(prev) == prev
