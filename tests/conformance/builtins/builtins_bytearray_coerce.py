# bytearray basics, coerce rules, reload of a source module.
b = bytearray('hello')
b.append(33)
b.extend(' ok')
print b, repr(b), len(b), b[0], b[1:3], 'ell' in b, 104 in b
b[1:3] = 'EL'
del b[0]
print b, b == 'ELlo! ok', b.upper(), b.split()
print bytearray(3), bytearray([65, 66]), list(bytearray('hi'))
try:
    b[0] = 300
except ValueError as e:
    print 'ValueError:', e
print coerce(1, 2), coerce(1L, 2), coerce(1.5, 2L), coerce(True, 2)
try:
    coerce('a', 1)
except TypeError as e:
    print 'TypeError:', e
try:
    reload(1)
except TypeError as e:
    print 'TypeError:', e
import string
print reload(string) is string, bytes
