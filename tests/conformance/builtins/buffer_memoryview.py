def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

b = buffer('abcdef', 1, 3)
print str(b), len(b), b[0], b[1:], b[-1], b + 'x', b * 2
print b == buffer('bcd'), b == 'bcd', hash(b) == hash('bcd'), b < buffer('c')
print buffer('abcdef', 2)[:], buffer('abc', 5)[:], buffer(buffer('abcdef', 1), 2)[:]
show(lambda: buffer(5))
show(lambda: buffer('abc', -1))
show(lambda: buffer('abc', 0, -2))
show(lambda: buffer('abc')[5])
def setb():
    buffer('abc')[0] = 'x'
show(setb)

m = memoryview('abcd')
print m[0], m[1:3].tobytes(), m.tolist(), len(m), m.format, m.itemsize, m.readonly
print m.ndim, m.shape, m.strides, m.suboffsets
print m == 'abcd', m == memoryview('abcd'), m != 'x', m[-1], m[1:][1:].tobytes()
show(lambda: memoryview(5))
show(lambda: hash(memoryview('a')))
show(lambda: m[5])
show(lambda: m['x'])
def setm():
    m[0] = 'x'
show(setm)
ba = bytearray('abc')
mb = memoryview(ba)
mb[0] = 'x'
print ba, mb.readonly
mb[1:3] = 'yz'
print ba, mb.tobytes()
def grow():
    mb[0] = 'xy'
show(grow)
def grow2():
    mb[0:2] = 'xyz'
show(grow2)
print mb[-1], mb[1:].tolist()
import collections
print isinstance(buffer('a'), buffer), isinstance(memoryview('a'), memoryview)
print isinstance(buffer('a'), collections.Sequence), type(buffer('a')).__name__
