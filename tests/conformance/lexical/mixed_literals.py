# -*- coding: utf-8 -*-
# Backticks, <>, octal/binary/hex literals, escapes, implicit concatenation, continuations.
x = 5; y = 6; print x, y
print `x`, `[1, 'a']`, `'q'`
print 1 <> 2, 1 <> 1
print 0777, 0o17, 0O17, 0b101, 0B11, 0xFF, 0XaB, 017L, 0L, 00
print 1., .5, 1e5, 1E-3, 1.5e+3, 0e0, 1_0 if False else 10
print 'a\tb', 'a\\b', 'oct\101\x41\0end', repr('\0\x00\7'), r'raw\n', R'\d+', ur'x' if False else ''
print 'single' 'implicit' "concat", """triple "with" quotes""", '''another 'one' '''
s = 'line1\
line2'
print s
total = 1 + \
        2 + \
        3
print total
lst = [1,
       2,  # comment inside
       3]
print lst
print 'it''s', "a'b", 'a"b', '\'', "\""
print '\N' if False else '\q', '\u0041', len('\u0041')
print b'bytes', type(b'x')
if x: print 'inline if'
for i in range(2): print i,
print
while False: pass
class K: pass
def f(): return 1
print f(), K.__name__
print 1if x else 2
print [1,2,3][1:], {1:2}[1], (1,2)[0], 'ab'[1]
print 3 .real if False else 3
print x.__class__, 1 .__class__
print 0xffffffffffffffff, 1e309, -1e309, 1e-400
print 123456789012345678901234567890
print 'tab	inside'
a = b = c = 7
print a, b, c
del a
print 'a' in dir(), 'b' in dir()
print (lambda: (yield))().__class__.__name__ if False else 'gen'
print  'multiple   spaces'  ,  'ok'
