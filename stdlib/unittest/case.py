"""TestCase, FunctionTestCase and the skip / expected-failure decorators."""

import sys
import types

from . import result
from .util import (safe_repr, strclass, _count_diff_all_purpose,
                   _count_diff_hashable)

__unittest = True

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


def _warn(message, category, level=1):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, level + 1)


class SkipTest(Exception):
    """Raise this in a test (or setUp) to skip it."""


class _ExpectedFailure(Exception):
    """A test decorated with expectedFailure failed, as expected."""

    def __init__(self, exc_info):
        Exception.__init__(self)
        self.exc_info = exc_info


class _UnexpectedSuccess(Exception):
    """A test decorated with expectedFailure passed."""


def _id(obj):
    return obj


def _copy_function_info(wrapper, wrapped):
    for name in ('__module__', '__name__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    except (AttributeError, TypeError):
        pass
    return wrapper


def skip(reason):
    """Skips the decorated test (a function or a whole class)."""
    def decorator(item):
        if not isinstance(item, (type, types.ClassType)):
            original = item

            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = _copy_function_info(skip_wrapper, original)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(func):
    def wrapper(*args, **kwargs):
        try:
            func(*args, **kwargs)
        except Exception:
            raise _ExpectedFailure(sys.exc_info())
        raise _UnexpectedSuccess
    return _copy_function_info(wrapper, func)


def _compile(pattern):
    try:
        import re
    except ImportError:
        # Without re only already-compiled patterns can be used.
        if isinstance(pattern, basestring) or not hasattr(pattern, 'search'):
            raise TypeError("first argument must be string or compiled "
                            "pattern")
        return pattern
    return re.compile(pattern)


class _AssertRaisesContext(object):
    """What assertRaises returns when called without a callable."""

    def __init__(self, expected, test_case, expected_regexp=None):
        self.expected = expected
        self.failureException = test_case.failureException
        self.expected_regexp = expected_regexp

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = getattr(self.expected, '__name__', None)
            if name is None:
                name = str(self.expected)
            raise self.failureException("{0} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regexp is None:
            return True
        pattern = _compile(self.expected_regexp)
        if not pattern.search(str(exc_value)):
            raise self.failureException('"%s" does not match "%s"' %
                                        (pattern.pattern, str(exc_value)))
        return True


class TestCase(object):
    """One test: a method of a subclass, run between setUp and tearDown."""

    failureException = AssertionError
    longMessage = False
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._resultForDoCleanups = None
        try:
            method = getattr(self, methodName)
        except AttributeError:
            raise ValueError("no such test method in %s: %s" %
                             (self.__class__, methodName))
        self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        if unicode is not str:
            # (In minipy str and unicode are one type: plain strings keep
            # the plain '!=' message, as str has in 2.7.)
            self.addTypeEqualityFunc(unicode, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, strclass(self.__class__))

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__),
                                       self._testMethodName)

    def _addSkip(self, result, reason):
        add = getattr(result, 'addSkip', None)
        if add is not None:
            add(self, reason)
        else:
            _warn("TestResult has no addSkip method, skips not reported",
                  RuntimeWarning, 2)
            result.addSuccess(self)

    def run(self, result=None):
        orig_result = result
        if result is None:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
        self._resultForDoCleanups = result
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            try:
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(method, '__unittest_skip_why__', ''))
                self._addSkip(result, why)
            finally:
                result.stopTest(self)
            return
        try:
            success = False
            try:
                self.setUp()
            except SkipTest as e:
                self._addSkip(result, str(e))
            except KeyboardInterrupt:
                raise
            except:
                result.addError(self, sys.exc_info())
            else:
                success = self._run_method(method, result)
                try:
                    self.tearDown()
                except KeyboardInterrupt:
                    raise
                except:
                    result.addError(self, sys.exc_info())
                    success = False
            cleaned = self.doCleanups()
            if success and cleaned:
                result.addSuccess(self)
        finally:
            result.stopTest(self)
            if orig_result is None:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()

    def _run_method(self, method, result):
        """Runs the test method itself; True when it passed."""
        try:
            method()
        except KeyboardInterrupt:
            raise
        except self.failureException:
            result.addFailure(self, sys.exc_info())
        except _ExpectedFailure as e:
            add = getattr(result, 'addExpectedFailure', None)
            if add is not None:
                add(self, e.exc_info)
            else:
                _warn("TestResult has no addExpectedFailure method, "
                      "reporting as passes", RuntimeWarning)
                result.addSuccess(self)
        except _UnexpectedSuccess:
            add = getattr(result, 'addUnexpectedSuccess', None)
            if add is not None:
                add(self)
            else:
                _warn("TestResult has no addUnexpectedSuccess method, "
                      "reporting as failures", RuntimeWarning)
                result.addFailure(self, sys.exc_info())
        except SkipTest as e:
            self._addSkip(result, str(e))
        except:
            result.addError(self, sys.exc_info())
        else:
            return True
        return False

    def doCleanups(self):
        result = self._resultForDoCleanups
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except KeyboardInterrupt:
                raise
            except:
                ok = False
                result.addError(self, sys.exc_info())
        return ok

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, excClass, callableObj=None, *args, **kwargs):
        context = _AssertRaisesContext(excClass, self)
        if callableObj is None:
            return context
        with context:
            callableObj(*args, **kwargs)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, basestring):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = '%s != %s' % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        asserter = self._getAssertEqualityFunc(first, second)
        asserter(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            standard = '%s == %s' % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standard))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if delta is not None:
            if abs(first - second) <= delta:
                return
            standard = '%s != %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        else:
            if places is None:
                places = 7
            if round(abs(second - first), places) == 0:
                return
            standard = '%s != %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if delta is not None:
            if not (first == second) and abs(first - second) > delta:
                return
            standard = '%s == %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(abs(second - first), places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standard))

    assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assertAlmostEquals = assertAlmostEqual
    assertNotAlmostEquals = assertNotAlmostEqual
    assert_ = assertTrue

    def _deprecate(original):
        def deprecated(*args, **kwargs):
            _warn('Please use {0} instead.'.format(original.__name__),
                  PendingDeprecationWarning, 2)
            return original(*args, **kwargs)
        return deprecated

    failUnlessEqual = _deprecate(assertEqual)
    failIfEqual = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = _deprecate(assertNotAlmostEqual)
    failUnless = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    del _deprecate

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % kind
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % kind
        if differing is None:
            if seq1 == seq2:
                return
            differing = self._sequence_difference(seq1, seq2, len1, len2,
                                                  kind, seq_type)
            if differing is None:
                return
        import difflib
        import pprint
        diff = '\n' + '\n'.join(difflib.ndiff(
            pprint.pformat(seq1).splitlines(),
            pprint.pformat(seq2).splitlines()))
        standard = self._truncateMessage(differing, diff)
        self.fail(self._formatMessage(msg, standard))

    def _sequence_difference(self, seq1, seq2, len1, len2, kind, seq_type):
        """The text describing how two unequal sequences differ, or None
        when they only differ in type (which assertSequenceEqual allows)."""
        r1 = safe_repr(seq1)
        r2 = safe_repr(seq2)
        if len(r1) > 30:
            r1 = r1[:30] + '...'
        if len(r2) > 30:
            r2 = r2[:30] + '...'
        text = '%ss differ: %s != %s\n' % (kind.capitalize(), r1, r2)
        for i in xrange(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of first %s\n' % (i, kind)
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of second %s\n' % (i, kind)
                break
            if item1 != item2:
                text += '\nFirst differing element %d:\n%s\n%s\n' % (
                    i, safe_repr(item1), safe_repr(item2))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if len1 > len2:
            text += '\nFirst %s contains %d additional elements.\n' % (
                kind, len1 - len2)
            try:
                text += 'First extra element %d:\n%s\n' % (
                    len2, safe_repr(seq1[len2]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of first %s\n' % (len2, kind)
        elif len1 < len2:
            text += '\nSecond %s contains %d additional elements.\n' % (
                kind, len2 - len1)
            try:
                text += 'First extra element %d:\n%s\n' % (
                    len1, safe_repr(seq2[len1]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of second %s\n' % (len1, kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standard = '%s not found in %s' % (safe_repr(member),
                                               safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standard = '%s unexpectedly found in %s' % (safe_repr(member),
                                                        safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standard = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standard))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standard = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standard))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            import difflib
            import pprint
            standard = '%s != %s' % (safe_repr(d1, True), safe_repr(d2, True))
            diff = '\n' + '\n'.join(difflib.ndiff(
                pprint.pformat(d1).splitlines(),
                pprint.pformat(d2).splitlines()))
            standard = self._truncateMessage(standard, diff)
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, expected, actual, msg=None):
        missing = []
        mismatched = []
        for key, value in expected.iteritems():
            if key not in actual:
                missing.append(key)
            elif value != actual[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(actual[key])))
        if not (missing or mismatched):
            return
        standard = ''
        if missing:
            standard = 'Missing: %s' % ','.join(safe_repr(m) for m in missing)
        if mismatched:
            if standard:
                standard += '; '
            standard += 'Mismatched values: %s' % ','.join(mismatched)
        self.fail(self._formatMessage(msg, standard))

    def assertItemsEqual(self, expected_seq, actual_seq, msg=None):
        first_seq = list(expected_seq)
        second_seq = list(actual_seq)
        try:
            first = {}
            for x in first_seq:
                first[x] = first.get(x, 0) + 1
            second = {}
            for x in second_seq:
                second[x] = second.get(x, 0) + 1
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if first == second:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            standard = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % d for d in differences]
            standard = self._truncateMessage(standard, '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, basestring, 'First argument is not a string')
        self.assertIsInstance(second, basestring, 'Second argument is not a string')
        if first != second:
            if (len(first) > self._diffThreshold or
                    len(second) > self._diffThreshold):
                self._baseAssertEqual(first, second, msg)
            import difflib
            lines1 = first.splitlines(True)
            lines2 = second.splitlines(True)
            if len(lines1) == 1 and first.strip('\r\n') == first:
                lines1 = [first + '\n']
                lines2 = [second + '\n']
            standard = '%s != %s' % (safe_repr(first, True),
                                     safe_repr(second, True))
            diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
            standard = self._truncateMessage(standard, diff)
            self.fail(self._formatMessage(msg, standard))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(
                msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a),
                                                          safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a),
                                                             safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRaisesRegexp(self, expected_exception, expected_regexp,
                           callable_obj=None, *args, **kwargs):
        if expected_regexp is not None:
            expected_regexp = _compile(expected_regexp)
        context = _AssertRaisesContext(expected_exception, self, expected_regexp)
        if callable_obj is None:
            return context
        with context:
            callable_obj(*args, **kwargs)

    def assertRegexpMatches(self, text, expected_regexp, msg=None):
        expected_regexp = _compile(expected_regexp)
        if not expected_regexp.search(text):
            msg = msg or "Regexp didn't match"
            msg = '%s: %r not found in %r' % (msg, expected_regexp.pattern, text)
            raise self.failureException(msg)

    def assertNotRegexpMatches(self, text, unexpected_regexp, msg=None):
        unexpected_regexp = _compile(unexpected_regexp)
        match = unexpected_regexp.search(text)
        if match:
            msg = msg or "Regexp matched"
            msg = '%s: %r matches %r in %r' % (msg,
                                               text[match.start():match.end()],
                                               unexpected_regexp.pattern, text)
            raise self.failureException(msg)


class FunctionTestCase(TestCase):
    """Wraps a plain test function (with optional set-up and tear-down)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None
