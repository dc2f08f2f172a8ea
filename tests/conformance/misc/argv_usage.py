# args: 10 20 hello --flag
# Script arguments in sys.argv and a usage message on stderr with exit status 1.
import sys
print sys.argv
print len(sys.argv) - 1, sum(int(a) for a in sys.argv[1:3])
args = sys.argv[1:]
flags = [a for a in args if a.startswith('--')]
print flags, [a for a in args if not a.startswith('-')]
if len(sys.argv) < 10:
    print >>sys.stderr, 'usage: %s N...' % sys.argv[0]
    sys.exit(1)
