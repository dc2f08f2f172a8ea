# Dict views cannot be made by calling their types, nor copied or pickled.
import copy
d = {1: 2}
for v in (d.viewkeys(), d.viewvalues(), d.viewitems()):
    try: type(v)(d)
    except TypeError as e: print 'TypeError', e
    try: copy.copy(v)
    except TypeError as e: print 'TypeError', e
import pickle
try: pickle.dumps(d.viewkeys())
except TypeError as e: print 'TypeError', e
print sorted(d.viewkeys() | {3}), list(d.viewitems()), d.viewvalues()
