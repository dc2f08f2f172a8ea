# subprocess on POSIX: preexec_fn (run in the child; its exception raised in
# the parent), exec and chdir failures as OSError with the child's errno,
# PATH search, close_fds, descriptors and files as streams, big outputs
# through communicate, argument checks, _active/_cleanup.
import errno, os, signal, subprocess, sys, tempfile

def show(label, f):
    try:
        got = repr(f())
    except Exception as e:
        got = '%s %s %s' % (type(e).__name__, getattr(e, 'errno', None), e)
    print label + ':', got

def sh(code, **kw):
    return subprocess.Popen(['/bin/sh', '-c', code], **kw)

# preexec_fn runs in the child, before the exec
p = sh('echo $FRUIT', stdout=subprocess.PIPE,
       preexec_fn=lambda: os.putenv('FRUIT', 'apple'))
print p.communicate(), p.returncode
def boom():
    raise ValueError('from preexec')
show('preexec raising', lambda: subprocess.Popen(['true'], preexec_fn=boom))

# failures in the child come back as OSError with its errno
show('missing program', lambda: subprocess.Popen(['no-such-program-here']))
show('missing path', lambda: subprocess.Popen(['/no/such/dir/prog']))
show('not executable', lambda: subprocess.Popen(['/etc/passwd']))
show('bad cwd', lambda: subprocess.Popen(['true'], cwd='/no/such/dir'))
try:
    subprocess.Popen(['true'], cwd='/no/such/dir')
except OSError as e:
    print 'child_traceback names chdir:', 'os.chdir' in e.child_traceback
show('PATH from env', lambda: subprocess.call(['true'], env={'PATH': '/nonexistent'}))
print 'PATH search', subprocess.call(['true'], env={'PATH': '/nonexistent:/bin:/usr/bin'})
print 'executable', subprocess.call(['anything', '-c', 'exit 5'], executable='/bin/sh')
print 'shell+executable', repr(subprocess.check_output('echo $0', shell=True,
                                                     executable='/bin/sh'))

# argument checks in the parent
show('NUL in arg', lambda: subprocess.Popen(['echo', 'a\0b']))
show('NUL in program', lambda: subprocess.Popen(['tr\0ue']))
show('NUL in cwd', lambda: subprocess.Popen(['true'], cwd='/tm\0p'))
show('NUL in env name', lambda: subprocess.Popen(['true'], env={'A\0B': 'c'}))
show('NUL in env value', lambda: subprocess.Popen(['true'], env={'A': 'b\0c'}))
show('no args', lambda: subprocess.Popen([]))
show('= in env name', lambda: subprocess.Popen(['true'], env={'A=B': 'c'}))
show('startupinfo', lambda: subprocess.Popen(['true'], startupinfo=1))
show('creationflags', lambda: subprocess.Popen(['true'], creationflags=1))
show('bufsize', lambda: subprocess.Popen(['true'], 'x'))
show('check_output stdout', lambda: subprocess.check_output(['true'], stdout=1))

# streams: a descriptor, a file object, STDOUT into a pipe
fd, name = tempfile.mkstemp()
subprocess.call(['/bin/sh', '-c', 'echo to-fd; echo err-too >&2'], stdout=fd,
                stderr=subprocess.STDOUT)
os.lseek(fd, 0, 0)
print 'fd:', repr(os.read(fd, 100))
os.close(fd)
with open(name, 'w') as f:
    subprocess.call(['echo', 'to-file'], stdout=f)
with open(name) as f:
    print 'file:', repr(f.read())
    f.seek(0)
    print 'stdin file:', repr(subprocess.check_output(['cat'], stdin=f))
os.remove(name)

# close_fds closes the others; without it, only inheritable ones pass on
r, w = os.pipe()
p = sh('exec 2>/dev/null; echo x >&%d && echo open || echo closed' % w,
       stdout=subprocess.PIPE, close_fds=True)
print 'close_fds:', p.communicate()[0].strip()
os.close(r)
os.close(w)

# big outputs on both pipes at once do not deadlock
data = 'z' * 300000
p = sh('cat; head -c 200000 /dev/zero >&2', stdin=subprocess.PIPE,
       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print 'big:', len(out), out == data, len(err), p.returncode
p = subprocess.Popen(['true'], stdin=subprocess.PIPE)
p.communicate('ignored after exit' * 10000)
print 'epipe ignored:', p.returncode

# poll, wait, signals
p = subprocess.Popen(['sleep', '3'])
print 'poll running:', p.poll()
p.send_signal(signal.SIGTERM)
print 'wait:', p.wait(), 'poll:', p.poll()
show('kill reaped', p.kill)
p = sh('kill -9 $$')
print 'killed:', p.wait()
print 'exit code:', sh('exit 42').wait()

# a Popen dropped before its child ends waits in _active for _cleanup
p = subprocess.Popen(['sleep', '0.2'])
pid = p.pid
del p
print 'in _active:', [q.pid for q in subprocess._active] == [pid]
import time
time.sleep(0.5)
subprocess._cleanup()
print 'after _cleanup:', subprocess._active
show('reaped', lambda: os.waitpid(pid, 0))

# universal_newlines: the stdout pipe reads \r and \r\n as \n
p = subprocess.Popen(['printf', 'a\\r\\nb\\rc\\n'], stdout=subprocess.PIPE,
                     universal_newlines=True)
print 'universal:', repr(p.stdout.read()), p.stdout.newlines, p.wait()
