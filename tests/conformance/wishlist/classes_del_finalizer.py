# __del__ runs as soon as the last reference goes away.
class Resource(object):
    def __init__(self, name):
        self.name = name
        print 'open', name
    def __del__(self):
        print 'close', self.name
r = Resource('a')
r = None
print 'after rebinding'
def use():
    tmp = Resource('b')
    print 'using', tmp.name
use()
print 'after function'
items = [Resource('c'), Resource('d')]
del items[0]
print 'after del item'
del items
print 'end'
