# Exit statuses of sys.exit / SystemExit: the low 8 bits of an int, 1 and a
# message on stderr for anything else, and SystemExit in threads.
import os, sys
cases = ['neg', 'big', 'b257', 'huge', 'long', 'msg', 'none', 'true', 'false',
         'tuple', 'float', 'list', 'two', 'code', 'bare', 'thread', 'exitfunc']
for c in cases:
    print '--', c
    sys.stdout.flush()
    st = os.system('"%s" _exit_child.py %s 2>&1' % (sys.executable, c))
    print 'status', st >> 8, st & 0xff
