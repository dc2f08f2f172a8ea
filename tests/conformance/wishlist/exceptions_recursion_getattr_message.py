# RuntimeError message for recursion through __getattr__.
class Deep(object):
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Deep().a
except RuntimeError as e:
    print 'RuntimeError:', e
