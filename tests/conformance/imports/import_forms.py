# import x, from x import a, b, import x as y, from x import a as b.
import _helper_basic
print _helper_basic.VALUE, _helper_basic.greet('world'), _helper_basic.Thing(4).double()
from _helper_basic import VALUE, greet
print VALUE, greet('again')
import _helper_basic as hb
print hb is _helper_basic, hb.NAMES
from _helper_basic import Thing as T, NAMES as N
print T(5).double(), N, T.__name__
from _helper_basic import bump
print bump(), bump(), _helper_basic.counter
import sys, _helper_basic as again
print again is hb, 'sys' in dir()
print _helper_basic.__name__, type(_helper_basic).__name__
