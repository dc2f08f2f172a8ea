# Importing a helper module twice, from-import snapshots, aliases, sys.modules removal and re-import.
import _helper_counter_mod
import _helper_counter_mod
from _helper_counter_mod import bump, counter, Thing
print _helper_counter_mod.__name__, _helper_counter_mod.__doc__, counter
print bump(), bump(), _helper_counter_mod.counter, counter
import _helper_counter_mod as hm
print hm is _helper_counter_mod, hm.bump(), Thing(), type(_helper_counter_mod).__name__
print sorted(k for k in dir(_helper_counter_mod) if not k.startswith('__'))
print hasattr(_helper_counter_mod, '_hidden'), getattr(_helper_counter_mod, 'missing', 'no')
_helper_counter_mod.newattr = 5
from _helper_counter_mod import newattr
print newattr
import sys
print '_helper_counter_mod' in sys.modules, sys.modules['_helper_counter_mod'] is _helper_counter_mod
del sys.modules['_helper_counter_mod']
import _helper_counter_mod as fresh
print fresh is hm, fresh.counter
print repr(_helper_counter_mod).startswith("<module '_helper_counter_mod' from ")
def f():
    from _helper_counter_mod import bump as b
    return b()
print f()
try:
    from _helper_counter_mod import nothing
except ImportError as e:
    print 'ImportError:', e
try:
    import _no_such_helper
except ImportError as e:
    print 'ImportError:', e
print __name__, type(sys.modules[__name__]).__name__
