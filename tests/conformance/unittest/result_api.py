# TestResult used directly, buffered output (buffer=True) with the
# Stdout:/Stderr: sections, custom result classes and stop().
import sys
import unittest
from _ut_helpers import run


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print 'hidden because it passes'

    def test_loud_fail(self):
        print 'shown because it fails'
        sys.stderr.write('err text')
        self.fail('failed loudly')

    def test_loud_error(self):
        sys.stdout.write('no newline')
        raise OSError(2, 'gone')


loader = unittest.TestLoader()
print '--- buffer'
run(loader.loadTestsFromTestCase(Noisy), 2, buffer=True)
print 'stdout restored:', sys.stdout is sys.__stdout__

print '--- plain TestResult'
r = unittest.TestResult()
print r.wasSuccessful(), r.shouldStop, r.testsRun, r.failfast, r.buffer
loader.loadTestsFromTestCase(Noisy).run(r)
print r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful()
for test, text in r.errors + r.failures:
    print test.id()
    print text
r.stop()
print r.shouldStop


class Recording(unittest.TestResult):
    def __init__(self, *args):
        unittest.TestResult.__init__(self, *args)
        self.events = []

    def startTest(self, test):
        self.events.append('start ' + test._testMethodName)
        unittest.TestResult.startTest(self, test)

    def stopTest(self, test):
        self.events.append('stop ' + test._testMethodName)
        unittest.TestResult.stopTest(self, test)

    def addSuccess(self, test):
        self.events.append('success')

    def addSkip(self, test, reason):
        self.events.append('skip ' + reason)

    def startTestRun(self):
        self.events.append('startTestRun')

    def stopTestRun(self):
        self.events.append('stopTestRun')


class Small(unittest.TestCase):
    def test_a(self):
        pass

    @unittest.skip('why not')
    def test_b(self):
        pass

    def test_c(self):
        self.assertTrue(0)

print '--- events'
r = Recording()
loader.loadTestsFromTestCase(Small).run(r)
print r.events


class Runner(unittest.TextTestRunner):
    resultclass = Recording

from StringIO import StringIO
stream = StringIO()
res = Runner(stream=stream).run(loader.loadTestsFromTestCase(Small))
print res.events


class Stopper(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.result.stop()

    def test_3(self):
        pass

    def run(self, result=None):
        self.result = result
        unittest.TestCase.run(self, result)

print '--- stop'
r = unittest.TestResult()
loader.loadTestsFromTestCase(Stopper).run(r)
print r.testsRun, r.shouldStop


class OldResult(object):
    """A result without addSkip/addExpectedFailure/addUnexpectedSuccess."""
    shouldStop = False
    def __init__(self):
        self.log = []
    def startTest(self, test):
        self.log.append('start')
    def stopTest(self, test):
        self.log.append('stop')
    def addSuccess(self, test):
        self.log.append('success')
    def addFailure(self, test, err):
        self.log.append('failure ' + err[0].__name__)
    def addError(self, test, err):
        self.log.append('error')


class Odd(unittest.TestCase):
    @unittest.skip('s')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        1 / 0

    @unittest.expectedFailure
    def test_usucc(self):
        pass

print '--- old-style result'
old = OldResult()
saved = sys.stderr
sys.stderr = StringIO()   # the RuntimeWarnings CPython prints
try:
    loader.loadTestsFromTestCase(Odd).run(old)
finally:
    sys.stderr = saved
print old.log
