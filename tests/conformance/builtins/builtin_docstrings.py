# The functions of __builtin__ have docstrings whose first line is the call
# signature (functools.update_wrapper copies it: test_functools).
import __builtin__
names = ['abs', 'all', 'any', 'bin', 'callable', 'chr', 'cmp', 'divmod', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'len', 'max', 'min', 'oct', 'ord', 'pow', 'range', 'repr', 'round', 'sorted', 'sum', 'unichr', 'zip', 'filter', 'map', 'reduce', 'iter', 'next', 'vars', 'dir', 'globals', 'locals', 'delattr', 'setattr', 'eval', 'compile', 'open', 'format', 'intern', 'input', 'raw_input', 'apply', 'coerce', 'execfile', 'reload', '__import__']
for n in names:
    print n, repr(getattr(__builtin__, n).__doc__.split('\n')[0])
import functools
def w(): pass
functools.update_wrapper(w, max)
print w.__name__, w.__doc__.startswith('max(')
import math
print [].append.__doc__ is None or isinstance([].append.__doc__, str)
