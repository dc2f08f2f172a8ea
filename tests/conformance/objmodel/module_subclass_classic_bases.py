# A ModuleType subclass's instances have __name__ and __doc__; a new-style
# metaclass over only classic bases is refused.
import types
class M(types.ModuleType):
    pass
m = M('foo')
print m.__name__, m.__doc__
m.x = 1
print m.x, sorted(k for k in m.__dict__)
m3 = M('baz', 'the doc')
print m3.__name__, m3.__doc__
class Classic:
    pass
try:
    class New(Classic):
        __metaclass__ = type
except TypeError as e:
    print 'TypeError', e
class Meta(type):
    pass
try:
    class New2(Classic):
        __metaclass__ = Meta
except TypeError as e:
    print 'TypeError', e
class Ok(Classic, object):
    __metaclass__ = type
print Ok.__name__, [c.__name__ for c in Ok.__mro__]
