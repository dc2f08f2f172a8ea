# sys.setswitchinterval / getswitchinterval are Python 3 names. Where they
# exist (minipy) they must behave as in Python 3; the output is the same
# either way.
import sys

ok = True
if hasattr(sys, 'getswitchinterval'):
    old = sys.getswitchinterval()
    ok = ok and abs(old - 0.005) < 1e-9
    for v in [0.001, 0.01, 1e-6, 0.5]:
        sys.setswitchinterval(v)
        ok = ok and abs(sys.getswitchinterval() - v) < 1e-9
    for bad in [0, -1, 0.0]:
        try:
            sys.setswitchinterval(bad)
            ok = False
        except ValueError:
            pass
    try:
        sys.setswitchinterval('x')
        ok = False
    except TypeError:
        pass
    sys.setswitchinterval(old)
    ok = ok and sys.getswitchinterval() == old
print 'switch interval ok:', ok
print 'check interval:', sys.getcheckinterval()
