# fork, the exec family, waitpid and the W* macros, spawn*, dup2 onto a
# pipe; pids themselves are never printed.
import os, sys, threading, time

def status_of(pid):
    got, st = os.waitpid(pid, 0)
    return got == pid, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st)

pid = os.fork()
if pid == 0:
    os._exit(3)
print 'exit 3:', status_of(pid)

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
got, st = os.waitpid(pid, 0)
print 'killed:', os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st)

# a thread running at fork time does not exist in the child
def spin():
    for i in range(50):
        time.sleep(0.002)
t = threading.Thread(target=spin)
t.start()
pid = os.fork()
if pid == 0:
    ok = sum(range(20000)) == 199990000
    os._exit(0 if ok else 1)
print 'child with a thread in the parent:', status_of(pid)
t.join()

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv('/bin/sh', ['sh', '-c', 'echo from sh; exit 7'])
os.close(w)
data = ''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
print 'exec output:', repr(data), status_of(pid)[2]

pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'exit $CODE'], {'CODE': '12'})
print 'execve env:', status_of(pid)[2]
pid = os.fork()
if pid == 0:
    os.execlp('sh', 'sh', '-c', 'exit 4')
print 'execlp:', status_of(pid)[2]

print 'spawnv:', os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 5'])
print 'spawnvp:', os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 6'])
pid = os.spawnl(os.P_NOWAIT, '/bin/sh', 'sh', '-c', 'exit 8')
print 'spawnl nowait:', status_of(pid)[2]
print 'WNOHANG with nothing to reap:', os.waitpid(-1, os.WNOHANG) if False else 'skipped'

for call, args in [(os.execv, ('/no/such/program', ['x'])),
                   (os.execv, ('/bin/sh', [])),
                   (os.execv, ('/bin/sh', 'sh')),
                   (os.execve, ('/bin/sh', ['sh'], None)),
                   (os.execvp, ('no-such-program-here', ['x'])),
                   (os.waitpid, (-1, 0)),
                   (os.fork, (1,))]:
    try:
        call(*args)
    except Exception as e:
        print call.__name__, type(e).__name__, e
print os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f)
print os.WCOREDUMP(0x80 | 11), os.WIFCONTINUED(0xffff)
