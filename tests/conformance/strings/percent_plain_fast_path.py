# Plain %s / %d / %i / %u (no flags, width or precision) of every kind of
# argument, including subclasses, mappings and the argument-count errors.
class S(str): pass
class I(int): pass
class R(object):
    def __str__(self): return 'R!'
print "%s|%d|%i|%u" % ("a", 5, -6, 7)
print "%s %s %s %s" % (S("sub"), I(3), R(), [1, 'x'])
print "%d %d" % (3.7, 2**70)
print "%(a)s-%(b)d" % {'a': 'x', 'b': 9}
print "%s" % (u"uni",)
print "%s" % 5, "%d" % True, "%s" % None, "%s" % 1.5
try:
    print "%d" % "x"
except TypeError as e:
    print e
try:
    print "%s %s" % ("a",)
except TypeError as e:
    print e
try:
    print "%s" % ("a", "b")
except TypeError as e:
    print e
