# The traceback module: print_exc, format_exc, format_exception_only, extract_tb.
import sys
import traceback
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print traceback.format_exc().splitlines()[-1]
    t, v, tb = sys.exc_info()
    print traceback.format_exception_only(t, v)
    print [(f[1], f[2], f[3]) for f in traceback.extract_tb(tb)]
print 'done'
