"""TextTestRunner and TextTestResult: run tests and report on a stream."""

import sys
import time

from . import result
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """A stream wrapper that adds writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A TestResult that reports progress and errors on a stream:
    a letter per test, or a line per test at verbosity 2."""
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return '\n'.join((str(test), first_line))
        return str(test)

    def _report(self, word, letter):
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._report("ok", '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._report("ERROR", 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._report("FAIL", 'F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._report("skipped {0!r}".format(reason), 's')

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        self._report("expected failure", 'x')

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        self._report("unexpected success", 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)


class TextTestRunner(object):
    """Runs a test with a TextTestResult and prints the summary."""
    resultclass = TextTestResult

    def __init__(self, stream=sys.stderr, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None):
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        res = self._makeResult()
        registerResult(res)
        res.failfast = self.failfast
        res.buffer = self.buffer
        start = time.time()
        start_run = getattr(res, 'startTestRun', None)
        if start_run is not None:
            start_run()
        try:
            test(res)
        finally:
            stop_run = getattr(res, 'stopTestRun', None)
            if stop_run is not None:
                stop_run()
        taken = time.time() - start
        res.printErrors()
        if hasattr(res, 'separator2'):
            self.stream.writeln(res.separator2)
        run = res.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        self._summary(res)
        return res

    def _summary(self, res):
        try:
            expected, unexpected, skipped = map(len, (
                res.expectedFailures, res.unexpectedSuccesses, res.skipped))
        except AttributeError:
            expected = unexpected = skipped = 0
        infos = []
        if not res.wasSuccessful():
            self.stream.write("FAILED")
            if res.failures:
                infos.append("failures=%d" % len(res.failures))
            if res.errors:
                infos.append("errors=%d" % len(res.errors))
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected:
            infos.append("expected failures=%d" % expected)
        if unexpected:
            infos.append("unexpected successes=%d" % unexpected)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
