# subprocess with real pipes: Popen.stdin/stdout as streams, communicate,
# stderr=STDOUT, a file as stdout, terminate/kill codes, os.popen, os.pipe.
import tempfile; _d = tempfile.mkdtemp(); W = _d + '/w.txt'; O = _d + '/o.txt'
import subprocess, os, sys, signal, time, threading
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write('hello\nworld\n'); p.stdin.close()
print repr(p.stdout.readline()), repr(p.stdout.read()), p.wait()
p = subprocess.Popen('echo out; echo err >&2; exit 3', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print p.communicate(), p.returncode
p = subprocess.Popen('echo out; echo err >&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print sorted(p.communicate()[0].split()), p.returncode
print subprocess.check_output(['echo', 'hi'])
try: subprocess.check_call('exit 2', shell=True)
except subprocess.CalledProcessError as e: print e, e.returncode
p = subprocess.Popen(['sleep', '5']); p.terminate(); print p.wait()
p = subprocess.Popen(['sleep', '5']); p.kill(); print p.wait(), p.poll()
try: subprocess.Popen(['/nonexistent/x'])
except OSError as e: print e.errno, e
f = os.popen('echo a; echo b')
print list(f), f.close()
print os.popen('exit 3').close()
w = os.popen('cat > ' + W + '', 'w'); w.write('written\n'); print w.close(), open(W).read(),
r, w = os.pipe()
def writer():
    time.sleep(0.2); os.write(w, 'through the pipe'); os.close(w)
t = threading.Thread(target=writer); t.start()
print os.read(r, 100); t.join(); os.close(r)
with open(O, 'w') as out:
    out.write('first\n'); out.flush()
    subprocess.call(['echo', 'second'], stdout=out)
print open(O).read(),
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, universal_newlines=True)
print p.communicate('abc\r\n')
print subprocess.list2cmdline(['a b', 'c"d', 'e\\'])
for line in subprocess.Popen('for i in 1 2 3; do echo $i; done', shell=True, stdout=subprocess.PIPE).stdout: print line,
import shutil; shutil.rmtree(_d)
