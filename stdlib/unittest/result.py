"""TestResult: collects the outcome of each test that runs."""

import sys
import traceback
from StringIO import StringIO

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Makes a recording method stop the run first when failfast is on."""
    def wrapper(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class TestResult(object):
    """Holds the failures, errors, skips and counts of a test run."""
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = StringIO()
                self._stdout_buffer = StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out = sys.stdout.getvalue()
            err = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                self._original_stdout.write(STDOUT_LINE % out)
            if err:
                if not err.endswith('\n'):
                    err += '\n'
                self._original_stderr.write(STDERR_LINE % err)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        # Drop the leading frames that belong to unittest itself.
        while tb and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        if exctype is test.failureException:
            # ... and the trailing ones of the assert method that failed.
            lines = traceback.format_exception(exctype, value, tb,
                                               self._count_relevant_tb_levels(tb))
        else:
            lines = traceback.format_exception(exctype, value, tb)
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if err_text:
                if not err_text.endswith('\n'):
                    err_text += '\n'
                lines.append(STDERR_LINE % err_text)
        return ''.join(lines)

    def _is_relevant_tb_level(self, tb):
        frame = tb.tb_frame
        g = getattr(frame, 'f_globals', None)
        if g is None:
            return False
        return '__unittest' in g

    def _count_relevant_tb_levels(self, tb):
        n = 0
        while tb and not self._is_relevant_tb_level(tb):
            n += 1
            tb = tb.tb_next
        return n

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))
