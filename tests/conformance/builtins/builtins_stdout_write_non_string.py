# file.write needs a string.
import sys
try:
    sys.stdout.write(5)
except TypeError as e:
    print 'TypeError:', e
try:
    sys.stdout.write(None)
except TypeError as e:
    print 'TypeError:', e
print 'ok'
