# sys.exit with a list: printed to stderr, status 1.
import sys
print 'exit with list'
sys.exit([1, 2])
