# subprocess: Popen with pipes/env/cwd/shell, communicate, wait, poll,
# kill; call, check_call, check_output and CalledProcessError.
import subprocess, sys
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print p.communicate('hello\n'), p.returncode
p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2; exit 3'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print p.communicate(), p.returncode, p.poll(), p.wait()
print subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 7', shell=True)
print repr(subprocess.check_output(['echo', 'a b']))
print repr(subprocess.check_output('echo x; echo y >&2', shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print e, e.returncode
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print e, repr(e.output)
try:
    subprocess.Popen(['/nonexistent/prog'])
except OSError as e:
    print 'OSError', e.errno, e.strerror
p = subprocess.Popen(['sh', '-c', 'echo $FOO; pwd'], stdout=subprocess.PIPE, env={'FOO': 'bar'}, cwd='/tmp')
print p.communicate()
p = subprocess.Popen(["sleep", "5"])
print p.poll(); p.kill(); print p.wait()
