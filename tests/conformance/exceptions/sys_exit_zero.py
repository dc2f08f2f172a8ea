# sys.exit(0) and finally blocks: status 0, finally still runs.
import sys
try:
    print 'in try'
    sys.exit(0)
finally:
    print 'finally runs on SystemExit'
print 'never'
