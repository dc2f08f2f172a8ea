# The regular-expression asserts: assertRegexpMatches,
# assertNotRegexpMatches, assertRaisesRegexp (also as a context manager).
import re
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print '%s: FAIL: %s' % (name, e)
    except Exception as e:
        print '%s: %s: %s' % (name, type(e).__name__, e)
    else:
        print '%s: ok' % name


check('assertRegexpMatches', 'hello world', r'wor\w+')
check('assertRegexpMatches', 'hello world', r'^world')
check('assertRegexpMatches', 'hello world', re.compile('o w'))
check('assertRegexpMatches', 'abc', 'x+', 'custom message')
check('assertNotRegexpMatches', 'hello world', r'\d')
check('assertNotRegexpMatches', 'hello 42 world', r'\d+')
check('assertNotRegexpMatches', 'abc', 'b', 'nope')
check('assertRaisesRegexp', ValueError, 'invalid literal', int, 'x')
check('assertRaisesRegexp', ValueError, '^base', int, 'x')
check('assertRaisesRegexp', ValueError, re.compile('literal'), int, 'x')
check('assertRaisesRegexp', ValueError, 'x', int, '5')
check('assertRaisesRegexp', KeyError, 'x', int, 'x')
with t.assertRaisesRegexp(KeyError, "'miss") as cm:
    {}['missing']
print 'exception:', repr(cm.exception)
try:
    with t.assertRaisesRegexp(ZeroDivisionError, 'float'):
        1 / 0
except AssertionError as e:
    print 'context:', e
