# SystemExit can be caught; its code attribute reflects the argument.
import sys
for arg in [None, 0, 2, 'text', [1]]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print repr(arg), '->', repr(e.code), e.args
try:
    raise SystemExit
except SystemExit as e:
    print 'bare SystemExit code', repr(e.code)
print 'still running'
sys.exit(None)
