# re on buffer-like subjects (array, bytearray) and the deprecated sre alias.
import re
import array
import warnings

for typecode in 'cbBhHiIlLfd':
    a = array.array(typecode)
    print typecode, re.compile("bla").match(a), re.compile("").match(a).groups()
a = array.array('c', 'hello world')
m = re.search('o w', a)
# (groups are slices of the subject in CPython, str here: spans only)
print m.span(), len(re.findall('o', a)), len(re.split(' ', bytearray('a b c')))
print re.match('h(e)', bytearray('hello')).span(1)
for bad in (1, None, [1, 2], object()):
    try:
        re.match('x', bad)
    except TypeError as e:
        print 'TypeError', e

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import sre
    print [(x.category.__name__, str(x.message)) for x in w]
print sre._compile is re._compile, sre.match('a+', 'aaa').group(0), sre.I == re.I
import pickle
p = re.compile('a(?:b|(c|e){1,2}?|d)+?(.)')
for proto in range(3):
    q = pickle.loads(pickle.dumps(p, proto))
    print q == p, q.pattern, q.match('acx').groups()
