# split, rsplit, join, splitlines, partition.
print 'a b  c'.split(), '  lead and trail  '.split()
print 'a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.split(',', 0)
print 'a b c d'.split(' ', 2), 'a b c d'.split(None, 1)
print 'a::b::c'.split('::'), ''.split(), ''.split(','), 'abc'.split('x')
print 'a b c d'.rsplit(' ', 1), 'a b c d'.rsplit(None, 2), '  x  y '.rsplit()
print 'a,b,c'.rsplit(','), 'a,b,c'.rsplit(',', 5)
print '-'.join(['x', 'y', 'z']), ''.join([]), ', '.join('abc'), '+'.join(('1', '2'))
try:
    '-'.join([1, 2])
except TypeError as e:
    print 'TypeError:', e
print 'line1\nline2\r\nline3\rline4'.splitlines()
print 'a\nb\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines()
print 'key=value=x'.partition('='), 'novalue'.partition('='), 'a=b'.partition('b')
print 'key=value=x'.rpartition('='), 'novalue'.rpartition('=')
try:
    'abc'.split('')
except ValueError as e:
    print 'ValueError:', e
print 'a\tb\tc'.split('\t'), 'one  two'.split(' ')
