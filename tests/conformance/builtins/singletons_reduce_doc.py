# The empty frozenset is shared; slices pickle and copy through
# __reduce__; built-in functions carry a docstring with their signature
import pickle, cPickle, copy, functools
print frozenset() is frozenset(), frozenset([]) is frozenset(()), frozenset('') is frozenset()
fs = frozenset([1, 2])
print frozenset(fs) is fs, frozenset([1, 2]) is fs, set() is set()
class FS(frozenset):
    pass
print type(FS()).__name__, FS() is frozenset()
s = slice(1, None, -2)
print s.__reduce__()
for proto in range(3):
    print pickle.loads(pickle.dumps(s, proto)), cPickle.loads(cPickle.dumps(s, proto))
print copy.copy(s), copy.deepcopy([s, slice(3)])
try:
    slice.__reduce__(3)
except TypeError as e:
    print 'TypeError'
for f in (max, min, len, sorted, range, iter, zip, getattr, isinstance):
    print f.__doc__.splitlines()[0]
def wrapper():
    pass
functools.update_wrapper(wrapper, max)
print wrapper.__name__, wrapper.__doc__.startswith('max(')
