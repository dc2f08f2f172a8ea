# print statement with commas, floats, containers, >>file and custom writers.
import sys
print 1, 2,
print 3
print
print "a" "b", 'c'
print 1.0, 2.50, 1e100, 1.0/3, -0.0, 3.14159265358979
print (1, 2), [1.0/3], {'k': 0.1}
print "x",
print
print "tab\t", "end"
print "nl\n",
print "after"
print >>sys.stderr, "to stderr"
print >>sys.stdout, "explicit", "stdout"
print >>sys.stdout
x = print_ = 5
print x, print_
class W(object):
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
w = W()
print >>w, 'hello', 42,
print >>w, 'x'
print >>w
print w.data
print None, True, False, 'None'
print 'a', ; print 'b'
sys.stdout.write('written\n')
print '%s' % 'pct', 'x' * 3
for i in range(3):
    print i,
print
print "", ""
print "a\n", "b"
print u'unicode'
print 10L, -5L, 0L
print repr(1.1), 1.1, 1.123456789012345, 12345678901234.5
print 2 ** 0.5, 10 / 3.0, 1e-10, 123e-20, 0.1 * 3
