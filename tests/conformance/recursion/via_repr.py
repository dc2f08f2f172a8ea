# Runaway recursion through __repr__ calling repr.
class Loop(object):
    def __repr__(self):
        return 'Loop(' + repr(self) + ')'
try:
    repr(Loop())
except RuntimeError as e:
    print 'repr recursion:', 'maximum recursion depth exceeded' in str(e)
class Str(object):
    def __str__(self):
        return str(self)
try:
    str(Str())
except RuntimeError as e:
    print 'str recursion:', 'maximum recursion depth exceeded' in str(e)
class Attr(object):
    def __getattr__(self, name):
        return getattr(self, 'x' + name)
try:
    Attr().a
except RuntimeError as e:
    print '__getattr__ recursion:', 'maximum recursion depth exceeded' in str(e)
class Eq(object):
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RuntimeError as e:
    print '__eq__ recursion:', 'maximum recursion depth exceeded' in str(e)
l = [1]
l.append(l)
print repr(l)
print 'still alive'
