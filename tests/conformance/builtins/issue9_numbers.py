# Silent wrong answers of issue 9: numeric hashes, big exponents, counters
# past sys.maxint, sizes that overflow, NaN in cmp, time range checks.
import sys


def t(label, f):
    try:
        r = f()
        print label, repr(r)
    except Exception as e:
        print label, type(e).__name__, e


t('len xrange', lambda: len(xrange(-2**63, 2**63 - 1)))
t('enumerate maxint', lambda: list(enumerate('abc', sys.maxint)))
t('enumerate long start', lambda: list(enumerate('ab', 2**70)))
t('pow -1', lambda: ((-1) ** 10**10, (-1) ** (10**10 + 1)))
t('pow 1 0', lambda: (1 ** 2**64, 0 ** 2**64, (-1) ** 2**64, (-1) ** (2**64 + 1), 1 ** 0, 0 ** 0))
t('pow long -1', lambda: ((-1L) ** 2**65, 1L ** 2**65))
t('str * huge', lambda: '' * 2**63)
t('str * huge 2', lambda: 'a' * 2**63)
t('list * huge', lambda: [] * 2**63)
nan = float('nan')
t('cmp nan nan', lambda: cmp(nan, nan))
t('cmp list nan', lambda: cmp([nan], [nan]))
for v in (1.5, 0.1, -0.5, 2.0, -1.0, 1e100, -1e300, 1e-310, 2**64, 2**63, -2**63, -2**100,
          2**64 - 1, 2**128 + 7, -(2**62 * 3), 10**30, float('inf'), float('-inf'), nan,
          1j, complex(1.5, 2), complex(-1, 0.25), 2.0**62, -2.0**63, 123456789.125):
    t('hash %r' % (v,), lambda: hash(v))
t('hash long == int', lambda: hash(12345L) == hash(12345) == hash(12345.0))
t('hash big float == long', lambda: hash(2.0**80) == hash(2**80))
t('hash -1', lambda: (hash(-1), hash(-1L), hash(-1.0), hash(complex(-1, 0))))

import random
random.seed(1.5)
t('seed 1.5', lambda: [random.random() for i in range(3)])
random.seed(2**70)
t('seed 2**70', lambda: random.random())
random.seed(-5)
t('seed -5', lambda: random.random())
random.seed(12.75)
t('seed 12.75', lambda: random.randint(0, 10**9))

import time
for x in (nan, 2**63, -2**63, 1e20, float('inf'), 2**62, -2**62, 2**63 - 1):
    t('gmtime %r' % (x,), lambda: time.gmtime(x))
    t('localtime %r' % (x,), lambda: time.localtime(x))
    t('ctime %r' % (x,), lambda: time.ctime(x))
t('gmtime -1.5', lambda: tuple(time.gmtime(-1.5))[:6])
t('gmtime 1e16', lambda: tuple(time.gmtime(1e16))[:6])
