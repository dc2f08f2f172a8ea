"""TestSuite: a collection of tests, run in order with class and module
fixtures (setUpClass / setUpModule and their tear-downs)."""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


class BaseTestSuite(object):
    """A plain collection of tests, without class or module fixtures."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not hasattr(test, '__call__'):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase,
                                                        TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, basestring):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module level fixtures."""

    def run(self, result, debug=False):
        top = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top = True
        for test in self:
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
        if top:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _run_fixture(self, result, func, error_name, on_failure=None):
        """Calls a class/module fixture; its exception is recorded as an
        error (or skip) of a stand-in test named error_name."""
        _call_if_exists(result, '_setupStdout')
        try:
            func()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            if on_failure is not None:
                on_failure()
            self._addClassOrModuleLevelException(result, e, error_name)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(current, 'setUpClass', None)
        if setup is not None:
            def failed():
                current._classSetupFailed = True
            self._run_fixture(result, setup,
                              'setUpClass (%s)' % util.strclass(current),
                              failed)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None:
            return None
        return previous.__module__

    def _handleModuleFixture(self, test, result):
        previous = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        setup = getattr(module, 'setUpModule', None)
        if setup is not None:
            def failed():
                result._moduleSetUpFailed = True
            self._run_fixture(result, setup, 'setUpModule (%s)' % current,
                              failed)

    def _addClassOrModuleLevelException(self, result, exception, error_name):
        error = _ErrorHolder(error_name)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(error, str(exception))
        else:
            result.addError(error, sys.exc_info())

    def _handleModuleTearDown(self, result):
        previous = self._get_previous_module(result)
        if previous is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            self._run_fixture(result, teardown,
                              'tearDownModule (%s)' % previous)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        if teardown is not None:
            self._run_fixture(result, teardown,
                              'tearDownClass (%s)' % util.strclass(previous))


class _ErrorHolder(object):
    """Stands in for a test in the result when a class or module fixture
    fails; it is never run itself."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
