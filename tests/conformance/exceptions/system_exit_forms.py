# SystemExit caught with codes, exit() builtin, then raise SystemExit(7).
import sys
try:
    sys.exit(2)
except SystemExit as e:
    print 'caught', e.code, repr(e)
try:
    sys.exit()
except SystemExit as e:
    print 'caught', e.code
try:
    exit(4)
except SystemExit as e:
    print 'exit builtin', e.code
raise SystemExit(7)
