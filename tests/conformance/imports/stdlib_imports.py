# Importing builtin modules in the various forms.
import math
import math as m
from math import sqrt, pi
from math import floor as fl
import sys, os
import os.path
from os import path
print m is math, sqrt(9), pi == math.pi, fl(2.5), path is os.path
print type(math).__name__, math.__name__, os.path.join('x', 'y')
def local_import():
    import math as inner
    return inner.ceil(1.2)
print local_import()
print 'math' in sys.modules
