# sys.stdout.write and sys.stderr.write (stderr is recorded separately).
import sys
sys.stdout.write('written to stdout\n')
sys.stdout.write('no newline, ')
sys.stdout.write('then newline\n')
sys.stderr.write('written to stderr\n')
print >>sys.stderr, 'printed to stderr', 42
print 'normal print'
n = sys.stdout.write('x')
print
print repr(n)
sys.stdout.write('%d items\n' % 3)
sys.stderr.write('second stderr line\n')
sys.stdout.flush()
print >>sys.stdout, 'explicit stdout'
