# minipy-test: flags=-3
# -3: DeprecationWarnings for built-ins Python 3 removes, shown once per line
import sys
import warnings
print sys.py3kwarning, sys.flags.py3k_warning
d = {1: 2}
print d.has_key(1), d.has_key(3)
print apply(max, (3, 9)), apply(dict, (), {'a': 1})
print reduce(lambda a, b: a * b, [1, 2, 3, 4])
print coerce(1, 2.5)
print str(buffer('xyz'))
print sorted([3, 1, 2], cmp=lambda a, b: b - a), sorted([3, 1, 2])
l = [2, 3, 1]
l.sort(cmp=lambda a, b: a - b)
l.sort()
print l
try:
    raise ValueError('v')
except ValueError:
    sys.exc_clear()
print sys.exc_info()
for i in range(3):
    d.has_key(i)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        apply(len, ('ab',))
    [].sort(cmp=None)
    sorted([], key=None)
print [(w.category.__name__, str(w.message), w.lineno) for w in log]
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        d.has_key(1)
    except DeprecationWarning as e:
        print 'raised:', e
print 'done'
