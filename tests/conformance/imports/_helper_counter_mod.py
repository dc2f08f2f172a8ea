"""Helper module docstring."""
import sys
print 'executing _helper_counter_mod as', __name__
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Thing(object):
    def __repr__(self): return 'Thing()'
_hidden = 'h'
if __name__ == '__main__':
    print 'never as import'
