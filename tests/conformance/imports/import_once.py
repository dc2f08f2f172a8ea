# A module imported several times is executed only once; sys.modules caches it.
import sys
print '_helper_once' in sys.modules
import _helper_once
print '_helper_once' in sys.modules
import _helper_once
import _helper_once as again
from _helper_once import loads
print _helper_once.loads, loads, again is _helper_once, sys.modules['_helper_once'] is _helper_once
def f():
    import _helper_once
    return _helper_once.loads
print f()
_helper_once.loads += 1
import _helper_once
print _helper_once.loads
