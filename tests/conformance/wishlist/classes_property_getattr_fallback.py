# An AttributeError from a property getter falls back to __getattr__.
class Lazy(object):
    @property
    def value(self):
        raise AttributeError('not computed')
    def __getattr__(self, name):
        return 'fallback for %s' % name
print Lazy().value
print Lazy().other
