# While an exception propagates through a finally clause, sys.exc_info() still
# reports the last exception that was handled.
import sys
try:
    raise KeyError('handled earlier')
except KeyError:
    pass
try:
    try:
        raise ValueError('propagating')
    finally:
        print 'in finally:', sys.exc_info()[0].__name__
except ValueError as e:
    print 'caught', e
