# An exception whose __str__ fails: the traceback module shows
# '<unprintable E object>', the interpreter's own report '<exception str() failed>'.
import traceback, sys
class E(Exception):
    def __str__(self): raise ValueError
try:
    raise E()
except E:
    print traceback.format_exc().splitlines()[-1]
    print traceback.format_exception_only(*sys.exc_info()[:2])
sys.stderr = sys.stdout
raise E()
