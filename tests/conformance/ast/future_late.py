# from __future__ imports must come first.
print 'hello'
from __future__ import division
print 1 / 2
