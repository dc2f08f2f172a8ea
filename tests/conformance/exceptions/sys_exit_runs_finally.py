# sys.exit inside try: the finally clause runs before exiting.
import sys
try:
    print 'try'
    sys.exit(5)
finally:
    print 'finally runs before exit'
