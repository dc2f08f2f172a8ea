import os, sys
print 'before'
sys.stdout.flush()
st = os.system('echo from-child; exit 3')
print st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st)
st = os.system('kill -9 $$')
print os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st)
os.environ['MINIPY_CHILD_VAR'] = 'hello'
os.system('echo "child sees: $MINIPY_CHILD_VAR"')
del os.environ['MINIPY_CHILD_VAR']
os.system('echo "after del: [$MINIPY_CHILD_VAR]"')
os.environ.update(MINIPY_A='1', MINIPY_B='2')
os.system('echo "$MINIPY_A$MINIPY_B"')
print os.environ.pop('MINIPY_A'), os.environ.get('MINIPY_A'), 'MINIPY_B' in os.environ
os.system('echo "[$MINIPY_A]"')
print os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.EX_USAGE, os.path.samestat(os.stat('.'), os.stat('.'))
fd = os.open(sys.argv[0], os.O_RDONLY); fd2 = os.dup(fd); print fd != fd2, os.path.sameopenfile(fd, fd2), len(os.read(fd2, 6)); os.close(fd); os.close(fd2)
print len(os.getloadavg())
