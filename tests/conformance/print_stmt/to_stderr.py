# print >>stream forms.
import sys
print >>sys.stderr, 'error line', 1
print >>sys.stderr, 'partial',
print >>sys.stderr, 'continued'
print >>sys.stdout, 'explicit stdout'
print >>sys.stderr
print 'back to stdout'
class Collector(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print >>c, 'hello', 42
print >>c, 'x',
print >>c, 'y'
print c.parts
print >>None, 'None target means stdout'
