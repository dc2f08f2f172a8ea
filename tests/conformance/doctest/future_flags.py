# __future__ features reach the examples: doctest compiles them with the
# module's feature flags; compile() takes those flags itself too.
from __future__ import division
import __future__
import doctest


def halves():
    """
    >>> 1/2
    0.5
    >>> 7//2
    3
    """

print __future__.division
print __future__.division.compiler_flag, __future__.print_function.compiler_flag
print __future__.all_feature_names
print __future__.print_function.getOptionalRelease(), \
    __future__.print_function.getMandatoryRelease()
print doctest.testmod()

exec compile("print(1, 2)", "<s>", "exec", 0, 1)
exec compile("print(1, 2)", "<s>", "exec",
             __future__.print_function.compiler_flag, 1)
print eval(compile("1/4", "<s>", "eval", 0, 1))
print eval(compile("1/4", "<s>", "eval", __future__.CO_FUTURE_DIVISION, 1))
exec compile("x = 3/4\n", "<s>", "single", __future__.CO_FUTURE_DIVISION, 1)
print x
