# bytearray as a native type: construction, items, slices, mutators, str methods, errors, pickling
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
t(lambda: bytearray(u'abc'))
t(lambda: bytearray('abc', 'utf-8'))
t(lambda: bytearray(u'abc', 'utf-8'))
t(lambda: bytearray(3, 'utf-8'))
t(lambda: bytearray(-1))
t(lambda: bytearray(['a']))
t(lambda: bytearray([256]))
t(lambda: bytearray([1.5]))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray(object()))
t(lambda: bytearray(source='ab'))
t(lambda: bytearray(x='ab'))
t(lambda: bytearray('a','b','c','d'))
b = bytearray('abc')
t(lambda: b[5])
t(lambda: b['x'])
def s(): b[0] = 300
t(s)
def s(): b[0] = 'xy'
t(s)
def s(): b[0] = 'x'; return b
t(s)
def s(): b[0] = 1.5
t(s)
def s(): b[::2] = 'abc'
t(s)
def s(): b[0:1] = 5; return b
t(s)
def s(): b[0:1] = u'x'; return b
t(s)
def s(): b[0:1] = [1,2]; return b
t(s)
t(lambda: b.pop(10))
t(lambda: bytearray().pop())
t(lambda: b.remove(200))
t(lambda: b.remove('x'))
t(lambda: b.insert(0, 'q') or b)
t(lambda: b.append('xy'))
t(lambda: b + u'x')
t(lambda: b + 5)
t(lambda: 'x' + b)
t(lambda: b * -1)
t(lambda: b * 'x')
t(lambda: 3 in b)
t(lambda: 'q' in b)
t(lambda: 300 in b)
t(lambda: [] in b)
t(lambda: b == u'q')
t(lambda: b < 5)
t(lambda: cmp(b, 'a'))
t(lambda: bytearray.fromhex('ab cd'))
t(lambda: bytearray.fromhex('abc'))
t(lambda: bytearray.fromhex('zz'))
t(lambda: bytearray.fromhex(u'ab'))
t(lambda: bytearray.fromhex('ab'))
t(lambda: bytearray('a\x00\xff\'"').__repr__())
t(lambda: bytearray("'").__repr__())
t(lambda: str(bytearray('ab')))
t(lambda: b.join(['a', bytearray('b')]))
t(lambda: b.join([1]))
t(lambda: b.split())
t(lambda: b.partition('b'))
t(lambda: b.find(98))
t(lambda: b.count('a'))
t(lambda: b.translate(None, 'a'))
t(lambda: b.decode())
t(lambda: b.__reduce__())
class B(bytearray): pass
x = B('q'); x.foo = 1
t(lambda: x.__reduce__())
t(lambda: b.__reduce_ex__(2))
t(lambda: b.foo)
def s(): b.foo = 1
t(s)
t(lambda: bytearray(buffer('abc')))
t(lambda: bytearray(memoryview('abc')))
t(lambda: b.extend(5))
t(lambda: b.extend([1000]))
t(lambda: b.extend(u'x'))
t(lambda: b.extend('xy') or b)
t(lambda: list(reversed(b)))
t(lambda: b.upper() is b)
t(lambda: type(B('a').upper()))
t(lambda: type(B('a')[:]))
t(lambda: type(B('a') + 'x'))
t(lambda: b.startswith(bytearray('x')))
t(lambda: b.replace('x', bytearray('y')))
t(lambda: b.split(5))
t(lambda: b.strip(u'a'))
t(lambda: b.index('zzz'))
t(lambda: b.zfill(10))
t(lambda: b.center(10, 'ab'))
t(lambda: b.center(10, bytearray('a')))
t(lambda: b.splitlines())
# slices and deletion
b = bytearray('0123456789')
print b[2:5], b[::-1], b[::3], b[-3:], b[100:], b[-100:2]
b[2:5] = 'xy'; print b
b[::2] = 'A' * len(b[::2]); print b
del b[0]; print b
del b[::2]; print b
del b[-1]; print b
b[1:1] = [65, 66]; print b
b[:] = b; print b
b.extend(b); print b
b += bytearray(b); print len(b)
b *= 2; print len(b)
c = bytearray('ab'); c *= 0; print repr(c)
# iteration sees appends
d = bytearray('ab'); out = []
for x in d:
    out.append(x)
    if len(d) < 4: d.append(120)
print out
# comparisons and ordering
print bytearray('a') < 'b', bytearray('b') > bytearray('a'), bytearray('a') == bytearray('a'), bytearray('a') != 'a'
print sorted([bytearray('b'), 'a', bytearray('c')])
print 'x' + bytearray('y'), bytearray('y') + 'x', bytearray('y') + buffer('zz')
print bytearray('abc') * 2, 2 * bytearray('ab'), bytearray(3), bytearray([1, 2]), bytearray((3, 4))
print bytearray(True), bytearray(xrange(3)), bytearray(iter([97, 'b']))
print list(bytearray('ab')), bytearray('abc').index('c'), bytearray('hello').rstrip('o')
print bytearray(' a b ').split(), bytearray('a,b').split(','), bytearray('a\nb').splitlines()
t(lambda: bytearray('-').join([bytearray('a'), 'b', buffer('c')]))
print bytearray('-').join([bytearray('a'), 'b']), bytearray('abc').center(7, '*')
print bytearray('ab').startswith(('x', bytearray('a'))), bytearray('abc').translate(bytearray(range(256)[::-1]))
# subclass
class S(bytearray):
    def __init__(self, v, tag):
        bytearray.__init__(self, v)
        self.tag = tag
s = S('hey', 7)
print repr(s), s.tag, len(s), s[0], isinstance(s, bytearray), type(s + 'x').__name__
s.append(33); print s, s.upper()
import pickle, copy
for proto in range(3):
    r = pickle.loads(pickle.dumps(bytearray('a\x00\xff'), proto))
    print proto, repr(r), type(r).__name__
print repr(copy.copy(bytearray('cp'))), repr(copy.deepcopy([bytearray('dc')]))
# buffer users
import struct, zlib, hashlib, binascii
t(lambda: struct.unpack('<H', bytearray('\x01\x02')))
t(lambda: zlib.crc32(bytearray('abc')))
t(lambda: zlib.compress(bytearray('abc')))
t(lambda: hashlib.md5(bytearray('abc')).hexdigest())
t(lambda: binascii.hexlify(bytearray('\x01\xff')))
f = open('_bytearray_tmp.bin', 'wb'); f.write(bytearray('written')); f.close()
print open('_bytearray_tmp.bin', 'rb').read()
import os; os.remove('_bytearray_tmp.bin')
t(lambda: hash(bytearray('x')))
t(lambda: {bytearray('x'): 1})
t(lambda: float(bytearray('2.5')))
t(lambda: bytearray('ab').decode('utf-8'))
t(lambda: bytearray('\xff').decode('ascii'))
t(lambda: bytearray('ab') * 2**63)
t(lambda: bytearray('ab') * 1.5)
t(lambda: bytearray.fromhex(5))
t(lambda: bytearray('abc')[1.5])
t(lambda: bytearray('abc')[2**70])
t(lambda: bytearray.append(5, 1))
t(lambda: bytearray.__len__())
