# os.putenv/unsetenv reach child processes (os.system, subprocess) without
# changing the C environment under running threads (which read it, e.g.
# for the time zone): the changes live in a locked map given to children.
import os, subprocess, threading, time
os.putenv('MINIPY_T1', 'hello')
os.system('echo "system sees [$MINIPY_T1]"')
print subprocess.check_output(['sh', '-c', 'echo "subprocess sees [$MINIPY_T1]"']),
os.unsetenv('MINIPY_T1')
os.system('echo "after unset [${MINIPY_T1-unset}]"')
print 'environ unchanged:', 'MINIPY_T1' in os.environ
os.environ['MINIPY_T2'] = 'two'
os.system('echo "environ item [$MINIPY_T2]"')
del os.environ['MINIPY_T2']
os.system('echo "environ del [${MINIPY_T2-unset}]"')
# putenv while other threads read the time zone: no crash
stop = []
def reader():
    while not stop:
        time.localtime(); time.strftime('%Y')
ts = [threading.Thread(target=reader) for i in range(3)]
for t in ts: t.start()
for i in range(2000):
    os.putenv('MINIPY_T%d' % (i % 50), 'x' * (i % 100))
stop.append(1)
for t in ts: t.join()
print 'done'
for bad in [('', 'x'), ('A=B', 'x'), ('A\0', 'x')]:
    try:
        os.putenv(*bad)
        print 'accepted', repr(bad)
    except Exception as e:
        print type(e).__name__, e
for f, a in [(os.putenv, ('A', 'x\0')), (os.unsetenv, ('',)), (os.unsetenv, ('A=B',)), (os.unsetenv, ('A\0',))]:
    try: f(*a); print 'ok'
    except Exception as e: print type(e).__name__, e
