# center, ljust, rjust, zfill.
print repr('abc'.center(9)), repr('abc'.center(8)), repr('abc'.center(9, '*')), repr('abc'.center(2))
print repr('ab'.center(5)), repr('ab'.center(6, '-')), repr('a'.center(4, '.'))
print repr('abc'.ljust(6)), repr('abc'.ljust(6, '.')), repr('abc'.ljust(1))
print repr('abc'.rjust(6)), repr('abc'.rjust(6, '0')), repr('abc'.rjust(0))
print '42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(3)
for w in range(8):
    print '|' + 'xy'.center(w) + '|', '|' + 'xyz'.center(w, '_') + '|'
try:
    'abc'.center(10, 'ab')
except TypeError as e:
    print 'TypeError:', e
