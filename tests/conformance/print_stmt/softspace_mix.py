# print with trailing commas interleaved with sys.stdout.write, tabs and newlines, to stdout, stderr and custom files.
import sys
print 'a',
sys.stdout.write('b')
print 'c'
print 'x',
sys.stdout.write('\n')
print 'y'
print 'tab\t',
print 'next'
print 'nl\n',
print 'z'
print 1,
print
print '',
print 'empty first'
for w in ['one', 'two']:
    print w,
sys.stdout.write('|')
print
print 'a', 'b\n', 'c'
print 'end\t', 1
class F(object):
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
f = F()
print >>f, 'q',
print >>f, 'r'
print f.buf, getattr(f, 'softspace', 'nosoftspace')
print >>sys.stderr, 'err1',
print >>sys.stderr, 'err2'
print 'final'
