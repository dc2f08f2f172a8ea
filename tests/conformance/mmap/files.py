# mmap over a real file: sharing with the file, access modes, offsets,
# resizing (which truncates the file) and size checks.
import mmap
import os
import re

NAME = '@mmap_conformance_tmp'


def show(label, f):
    try:
        got = repr(f())
    except Exception as e:
        got = '%s %s' % (type(e).__name__, e)
    print label, got


PAGE = mmap.PAGESIZE
with open(NAME, 'wb') as f:
    f.write('\0' * PAGE + 'foo' + '\0' * (PAGE - 3))

f = open(NAME, 'r+b')
m = mmap.mmap(f.fileno(), 0)
print len(m) == 2 * PAGE, m.size() == 2 * PAGE, m.find('foo') == PAGE
m[PAGE + 3:PAGE + 6] = 'bar'
m.flush()
match = re.search('[a-z]+', m)
print match.group(0), match.span() == (PAGE, PAGE + 6)
with open(NAME, 'rb') as g:
    g.seek(PAGE)
    print repr(g.read(6))
m.resize(PAGE + 10)
print len(m) == PAGE + 10, os.path.getsize(NAME) == PAGE + 10, repr(m[PAGE:PAGE + 6])
m.close()

o = mmap.mmap(f.fileno(), 10, offset=PAGE)
print repr(o[:6]), len(o)
o.resize(4)
print os.path.getsize(NAME) == PAGE + 4, o.size() == PAGE + 4
o.close()
f.close()

with open(NAME, 'wb') as f:
    f.write('abcdefghij')
with open(NAME, 'rb') as f:
    r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    print repr(r[:]), repr(r.readline())
    show('ro write', lambda: r.write('x'))
    show('ro resize', lambda: r.resize(2))
    r.close()
with open(NAME, 'r+b') as f:
    c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    c[:] = 'X' * 10
    print repr(c[:]), c.flush()
    show('copy resize', lambda: c.resize(2))
    c.close()
    w = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_WRITE)
    w[:] = '12345'
    print w.flush()
    w.close()
    show('too long', lambda: mmap.mmap(f.fileno(), 11))
    show('offset past', lambda: mmap.mmap(f.fileno(), 0, offset=PAGE))
    show('length past', lambda: mmap.mmap(f.fileno(), 5, offset=PAGE))
    show('flags and access', lambda: mmap.mmap(f.fileno(), 5, flags=mmap.MAP_PRIVATE,
                                                    access=mmap.ACCESS_WRITE))
print repr(open(NAME, 'rb').read())

open(NAME, 'wb').close()
with open(NAME, 'rb') as f:
    show('empty', lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
os.unlink(NAME)
