# The failure message of every assert method (standard text, long messages,
# type-specific equality, diffs and their truncation).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print '%s: FAIL\n%s' % (name, e)
    except Exception as e:
        print '%s: %s: %s' % (name, type(e).__name__, e)
    else:
        print '%s: ok' % name


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 'abc', 'abd')
check('assertEqual', 1, 2, 'custom')
check('assertEqual', [1, 2, 3], [1, 2, 3, 4, 5])
check('assertEqual', [1, 2, 3, 4], [1, 2])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', set([1, 2]), set([2, 3]))
check('assertEqual', frozenset([1]), frozenset([1, 5]))
check('assertEqual', [1, 2], (1, 2))
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertTrue', 0)
check('assertTrue', [], 'empty list')
check('assertFalse', 'x')
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 2, [1, 2, 3])
check('assertIsInstance', 3, str)
check('assertNotIsInstance', 3, int)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertAlmostEqual', 1.0, 2.0, delta=0.5)
check('assertAlmostEqual', 1.0, 2.0, places=1, delta=0.5)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.2, delta=0.5)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 3, 2)
check('assertSequenceEqual', [1, 2], [1, 3])
check('assertSequenceEqual', 'abc', 'abd')
check('assertSequenceEqual', [1], 5)
check('assertListEqual', [1], (1,))
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1, 2), (1, 2, 3))
check('assertSetEqual', set([1, 2, 3]), set([1, 4]))
check('assertSetEqual', set([1]), [1])
check('assertSetEqual', [1], set([1]))
check('assertDictEqual', {1: 'a'}, {1: 'b', 2: 'c'})
check('assertDictEqual', [], {})
check('assertDictContainsSubset', {'a': 1, 'b': 2}, {'a': 1})
check('assertDictContainsSubset', {'a': 1, 'b': 2}, {'a': 5, 'b': 2})
check('assertDictContainsSubset', {'a': 1}, {'a': 1, 'c': 3})
check('assertItemsEqual', [1, 2, 3], [3, 2, 1])
check('assertItemsEqual', [1, 2, 2], [1, 2])
check('assertItemsEqual', [[1], [2]], [[2], [1]])
check('assertItemsEqual', [[1], [2]], [[2], [3]])
check('assertMultiLineEqual', 'a\nb\nc\n', 'a\nB\nc\n')
check('assertMultiLineEqual', 'one line', 'one lime')
check('assertMultiLineEqual', 5, 'x')
check('assertRaises', ValueError, int, 'x')
check('assertRaises', ValueError, int, '5')
check('assertRaises', TypeError, int, 'x')
check('fail')
check('fail', 'boom')

with t.assertRaises(KeyError) as cm:
    {}['k']
print 'context exception:', repr(cm.exception)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print 'context:', e
try:
    with t.assertRaises(KeyError):
        raise IndexError('i')
except IndexError as e:
    print 'passes through:', repr(e)

print '--- longMessage'
t.longMessage = True
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 1, 2)
check('assertTrue', False, 'why')
check('assertIn', 'x', 'abc', 'msg here')
check('assertEqual', [1], [2], 'lists')
t.longMessage = False

print '--- maxDiff'
long1 = range(100)
long2 = range(99) + [1000]
check('assertEqual', long1, long2)
t.maxDiff = None
check('assertEqual', long1, long2)
t.maxDiff = 80 * 8

print '--- nested diff'
check('assertEqual', {'key': [range(i) for i in range(8)]},
      {'key': [range(i + 1) for i in range(8)]})
check('assertEqual', [{'a': 1, 'b': [1, 2, 3]}, 'x' * 50, 'y' * 40],
      [{'a': 1, 'b': [1, 2, 4]}, 'x' * 50, 'z' * 40])

print '--- deprecated aliases'
for name in ['assertEquals', 'assertNotEquals', 'assert_', 'failUnless',
             'failIf', 'failUnlessEqual', 'failIfEqual',
             'failUnlessAlmostEqual', 'failIfAlmostEqual',
             'assertAlmostEquals', 'assertNotAlmostEquals']:
    print name, hasattr(t, name)
check('assertEquals', 1, 2)
check('failUnless', 0)
check('failIf', 1)
check('failUnlessEqual', 1, 2)
check('failUnlessRaises', ValueError, int, '1')

print '--- custom equality'
class Point(object):
    def __init__(self, x):
        self.x = x
def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or 'points differ: %d %d' % (a.x, b.x))
t.addTypeEqualityFunc(Point, point_eq)
check('assertEqual', Point(1), Point(1))
check('assertEqual', Point(1), Point(2))
print t.failureException, t.maxDiff, t.longMessage
