# __str__ and __repr__ and where each is used.
class Both(object):
    def __str__(self):
        return 'Both.str'
    def __repr__(self):
        return 'Both.repr'
class ReprOnly(object):
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly(object):
    def __str__(self):
        return 'StrOnly.str'
b, r, s = Both(), ReprOnly(), StrOnly()
print b, r, s
print str(b), repr(b), str(r), repr(r), str(s)
print [b, r], (b,), {'k': b}
print '%s %r' % (b, b), '{0} {0!r}'.format(b)
print repr(s).startswith('<__main__.StrOnly object at ')
class Vec(object):
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec(%s)' % ', '.join(repr(x) for x in self.c)
print Vec(1, 2.5, 'x'), [Vec(), Vec(Vec(1))]
class Bad(object):
    def __str__(self):
        return 42
try:
    str(Bad())
except TypeError as e:
    print 'TypeError:', e
class Sub(Both):
    def __str__(self):
        return 'Sub(' + super(Sub, self).__str__() + ')'
print Sub(), repr(Sub())
