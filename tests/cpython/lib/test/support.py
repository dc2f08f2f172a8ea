# `from test.support import ...` (as some 2.7 test files spell it) gets the
# same names as `from test.test_support import ...`.
from test.test_support import *  # noqa: F401,F403
from test.test_support import _1M, _1G, _2G, _4G  # noqa: F401
