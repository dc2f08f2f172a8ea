# Group references inside a lookbehind warn (RuntimeWarning) at the caller.
import re
import warnings
warnings.simplefilter('always')
m = re.match(r'(a)a(?<=\1)a', 'aaa')
print m and m.span()
re.compile(r'(?P<g>a)a(?<=(?P=g))c')
re.compile(r'(a)b(?<=(?(1)b|x))c')
print re.match(r'(a)b(?<=b)c', 'abc').groups()
