# Sequence repetition with huge or odd counts: the size is checked before
# anything is allocated (MemoryError or OverflowError at once, as CPython),
# counts may be __index__ objects, and *= works in place.
import sys
class Idx(object):
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
def show(label, f):
    try:
        r = f()
        print label, 'ok', len(r) if hasattr(r, '__len__') else r
    except (MemoryError, OverflowError, TypeError) as e:
        print label, type(e).__name__, e
def imul(a, n):
    a *= n
    return a
big = 2 ** 62
huge = 2 ** 100
for name, seq in [('list', [4, 5, 6, 7]), ('tuple', (4, 5, 6, 7)), ('str', 'abcd'),
                  ('unicode', u'abcd'), ('bytearray', bytearray('abcd'))]:
    for nlabel, n in [('maxsize//2', sys.maxsize // 2), ('2**62', big), ('2**100', huge),
                      ('-1', -1), ('2', 2), ('Idx(3)', Idx(3)), ('Idx(big)', Idx(big))]:
        show('%s * %s' % (name, nlabel), lambda: seq * n)
        show('%s *= %s' % (name, nlabel), lambda: imul(seq[:], n))
    show('%s * 1.5' % name, lambda: seq * 1.5)
    show('%s *= "x"' % name, lambda: imul(seq[:], 'x'))
a = [1, 2]
b = a
a *= 3
print a, a is b
try:
    a *= 'x'
except TypeError as e:
    print 'TypeError', e
print a
print 3 * [1, 2], 2 * (3,), 2 * 'ab', Idx(2) * [0], Idx(2) * 'xy'
ba = bytearray('hi')
alias = ba
ba *= 2
print repr(ba), alias is ba, repr(2 * bytearray('ab'))
for n in (2 ** 62, 2 ** 100):
    try:
        n * [1, 2]
    except (MemoryError, OverflowError) as e:
        print 'reflected', type(e).__name__
