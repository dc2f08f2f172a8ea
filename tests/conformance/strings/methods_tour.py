# A tour of str methods: strip, split, find, replace, case, padding, predicates.
s = "  Hello, World! Hello!  "
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' !H'))
print s.count('Hello'), s.find('World'), s.rfind('Hello'), s.index('o'), s.rindex('o'), s.find('zz')
print s.replace('Hello', 'Bye'), s.replace('l', 'L', 2)
print s.split(), s.split(','), s.split('l', 2), s.rsplit('l', 2), ' a  b '.split(' ')
print 'a,b,,c'.split(','), ''.split(), ''.split(','), 'abc'.partition('b'), 'abc'.rpartition('x')
print 'line1\nline2\r\nline3'.splitlines(), 'x\n\ny\n'.splitlines(True)
print 'hello world'.title(), 'HeLLo'.swapcase(), 'hello'.capitalize(), 'ABC'.lower(), 'abc'.upper()
print 'abc'.center(9, '*'), 'abc'.ljust(6, '-'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(6), 'abc'.zfill(2)
print 'abc'.startswith('ab'), 'abc'.endswith(('x', 'c')), 'abc'.startswith('b', 1), 'a1'.isalnum(), '12'.isdigit()
print ''.isdigit(), ' '.isspace(), 'Ab'.istitle(), 'ab'.islower(), 'AB1'.isupper(), 'abc'.isalpha()
print '-'.join(['a', 'b', 'c']), ''.join(reversed('hello')), 'hello'[::-1], 'hello'[1:4], 'hello'[-3:]
print 'a\tb\tc'.expandtabs(4), 'x'.join('123'), 'abc' * 3, 'ab' + 'cd', 'b' in 'abc', 'B' not in 'abc'
print 'hello'.encode('hex'), '68656c6c6f'.decode('hex'), 'hello'.encode('base64'), repr('aGVsbG8=\n'.decode('base64'))
print 'Hello'.translate(None, 'l'), ord('a'), chr(97), 'abc' < 'abd', 'Z' < 'a', max('hello'), min('hello')
import string
t = string.maketrans('abc', 'xyz')
print 'aabbcc'.translate(t), len(t)
print 'one two three'.split(None, 1), '  x  y  '.rsplit(None, 1), 'a b c'.rsplit(' ', 1)
print '%s' % 'x'.join([]), 'abc'.find(''), 'abc'.count(''), 'aaa'.replace('', '-')
print str(123), str(-1.5), str([1, 'a']), str((1,)), str({'a': 1}), repr("it's"), repr('say "hi"'), repr('both \' "')
print 'abc'.index('c', 1, 3), 'hello world'.endswith('wor', 0, 9)
try:
    'abc'.index('d')
except ValueError as e:
    print e
s = 'mississippi'
print s.count('ss'), s.count('s', 3), s.split('ss'), s.strip('mi'), s.lstrip('mis')
print sorted(set(s)), s.upper().lower() == s
print 'Title Case Words'.istitle(), '123abc'.title(), "they're bill's".title()
