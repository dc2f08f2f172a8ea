# mmap over anonymous memory: indexing, slicing, the file-like methods and
# 2.7's errors for each.
import mmap


def show(label, f):
    try:
        got = repr(f())
    except Exception as e:
        got = '%s %s' % (type(e).__name__, e)
    print label, got


print type(mmap.mmap), mmap.mmap, mmap.error
print issubclass(mmap.error, EnvironmentError)
print [(k, getattr(mmap, k)) for k in sorted(dir(mmap)) if k.isupper()]
print sorted(k for k in dir(mmap.mmap) if not k.startswith('_'))

m = mmap.mmap(-1, 16)
print len(m), repr(m[:]), repr(m[0]), repr(m[-1])
m[:5] = 'hello'
m[5] = ' '
m[6:11] = 'world'
print repr(m[:11]), repr(m[::2]), repr(m[10:0:-3]), repr(m[-5:])
print m.find('o'), m.rfind('o'), m.find('o', 5), m.find('o', 5, 7), m.rfind('l', 0, -6)
print m.find('xyz'), m.find(''), m.rfind(''), m.find('world', -11)
m[::4] = 'ABCD'
print repr(m[:])
print m.tell(), repr(m.read(3)), m.tell(), repr(m.read_byte()), m.tell()
m.seek(0)
m.write('one\ntwo\n')
print m.tell()
m.seek(0)
print repr(m.readline()), repr(m.readline()), m.tell()
m.seek(-2, 2)
print m.tell(), repr(m.read(-1)), m.tell(), repr(m.read(5)), repr(m.readline())
m.seek(3, 0)
m.seek(2, 1)
print m.tell()
m.move(0, 4, 4)
print repr(m[:8])
print list(m[:4]), 'n' in m[:], m.flush(), m.flush(0, 0)
m.resize(32)
print len(m), repr(m[14:20])
m.resize(4)
print len(m), m.tell(), repr(m.read(2))

show('index', lambda: m[4])
show('neg index', lambda: m[-5])
show('str index', lambda: m['a'])
show('float index', lambda: m[1.5])
show('set long', lambda: m.__setitem__(0, 'ab'))
show('set int', lambda: m.__setitem__(0, 1))
show('set out', lambda: m.__setitem__(9, 'a'))
show('set key', lambda: m.__setitem__('k', 'a'))
show('del item', lambda: m.__delitem__(0))
show('del slice', lambda: m.__delitem__(slice(0, 2)))
show('slice size', lambda: m.__setitem__(slice(0, 2), 'abc'))
show('slice type', lambda: m.__setitem__(slice(0, 2), 12))
show('ext slice size', lambda: m.__setitem__(slice(0, 4, 2), 'abc'))
show('seek how', lambda: m.seek(0, 3))
show('seek neg', lambda: m.seek(-1))
show('seek past', lambda: m.seek(5))
show('move', lambda: m.move(0, 1, 4))
show('move neg', lambda: m.move(-1, 0, 1))
show('flush', lambda: m.flush(0, 5))
show('write', lambda: m.write('toolong'))
show('write bytearray', lambda: m.write(bytearray('a')))
show('write_byte int', lambda: m.write_byte(1))
show('write_byte str', lambda: m.write_byte('ab'))
show('find type', lambda: m.find(1))
show('read none', lambda: m.read())
show('read float', lambda: m.read(1.0))
show('resize neg', lambda: m.resize(-1))
show('size', lambda: m.size())
for label, f in [('add', lambda: m + m), ('mul', lambda: m * 2)]:
    try:
        f()
    except TypeError:
        print label, 'TypeError'
m.seek(4)
show('read_byte end', lambda: m.read_byte())
show('write_byte end', lambda: m.write_byte('x'))

show('new neg len', lambda: mmap.mmap(-1, -1))
show('new neg off', lambda: mmap.mmap(-1, 4, offset=-1))
show('new zero', lambda: mmap.mmap(-1, 0))
show('new access', lambda: mmap.mmap(-1, 4, access=9))
show('new both', lambda: mmap.mmap(-1, 4, prot=mmap.PROT_READ, access=mmap.ACCESS_READ))
show('new bad fd', lambda: mmap.mmap(-2, 4))
show('new bad off', lambda: mmap.mmap(-1, 4, offset=1))
show('new kw', lambda: mmap.mmap(-1, 4, bogus=1))
show('new missing', lambda: mmap.mmap(-1))
show('new float', lambda: mmap.mmap(-1, 4.0))

r = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
show('ro set', lambda: r.__setitem__(0, 'a'))
show('ro set out', lambda: r.__setitem__(4, 'a'))
show('ro slice', lambda: r.__setitem__(slice(0, 1), 'a'))
show('ro write', lambda: r.write('a'))
show('ro write_byte', lambda: r.write_byte('a'))
show('ro move', lambda: r.move(0, 1, 1))
show('ro resize', lambda: r.resize(8))
show('ro flush', lambda: r.flush())
c = mmap.mmap(-1, 4, mmap.MAP_PRIVATE)
c[0] = 'x'
print repr(c[:])
p = mmap.mmap(-1, 4, prot=mmap.PROT_READ)
show('prot ro write', lambda: p.write('a'))

m.close()
m.close()
for name, f in [('len', lambda: len(m)), ('item', lambda: m[0]), ('read', lambda: m.read(1)),
                ('tell', m.tell), ('find', lambda: m.find('a')), ('seek', lambda: m.seek(0)),
                ('write', lambda: m.write('')), ('flush', m.flush), ('size', m.size),
                ('resize', lambda: m.resize(4)), ('readline', m.readline)]:
    show('closed ' + name, f)


class Sub(mmap.mmap):
    def __new__(cls, *args, **kwargs):
        return mmap.mmap.__new__(cls, -1, *args, **kwargs)

    def first(self):
        return self[0]


s = Sub(8)
s[0] = 'q'
print type(s).__name__, isinstance(s, mmap.mmap), s.first(), len(s)
