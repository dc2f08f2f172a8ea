# Helper module for import tests (not a test itself).
print 'importing _helper_basic, __name__ =', __name__
VALUE = 42
NAMES = ['a', 'b']
def greet(who):
    return 'hello ' + who
class Thing(object):
    def __init__(self, n):
        self.n = n
    def double(self):
        return self.n * 2
_private = 'underscore'
counter = 0
def bump():
    global counter
    counter += 1
    return counter
