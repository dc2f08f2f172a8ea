# ImportError for missing modules and names; failed imports are not cached.
import sys
try:
    import nosuch
except ImportError as e:
    print 'ImportError:', e
try:
    from _helper_basic import no_such_name
except ImportError as e:
    print 'ImportError:', e
try:
    import _helper_raises
except ValueError as e:
    print 'ValueError:', e
print '_helper_raises' in sys.modules
try:
    import _helper_raises
except ValueError as e:
    print 'second attempt ValueError:', e
print isinstance(ImportError('x'), StandardError)
