# Trailing commas and the softspace rules.
print 'a',
print 'b'
for i in range(3):
    print i,
print
print 'no space after newline\n',
print 'next'
print 'ends with tab\t',
print 'next2'
print 'x',
print
print 'y',
print '', 'z'
import sys
print 'before write',
sys.stdout.write('written')
print 'after write'
print 'a',
sys.stdout.write('\n')
print 'b'
print 'c',
print 'd',
print
print 'ends with space ',
print 'e'
print 1,
print 2,
print
def f():
    print 'inside f',
    return 'ret'
print f()
