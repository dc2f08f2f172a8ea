# chr, ord, unichr, repr, str, hash of ints and tuples.
print chr(65), chr(97), repr(chr(0)), repr(chr(255)), ord('A'), ord('\xff'), ord(' ')
print ''.join(chr(ord(c) + 1) for c in 'HAL')
print unichr(65), unichr(97) == 'a', ord(unichr(120))
print repr(1), repr(1L), repr(1.5), repr('a'), repr([1, 'a']), repr(None), repr(True)
print hash(1), hash(0), hash(-7), hash(10 ** 5), hash(1) == hash(1.0), hash(True)
print hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(())
print hash(2 ** 70) == hash(2 ** 70), hash(5L) == hash(5), hash(5.0) == hash(5)
try:
    chr(-1)
except ValueError as e:
    print 'ValueError:', e
try:
    ord('')
except TypeError as e:
    print 'TypeError:', e
