# setUp/tearDown, cleanups, class and module fixtures, and how their
# failures are reported.
import sys
import unittest
from _ut_helpers import run

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup1 ' + self._testMethodName)
        self.addCleanup(self.cleanup2, 'x', key='y')

    def cleanup2(self, a, key=None):
        log.append('cleanup2 %s %s' % (a, key))

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_1(self):
        log.append('test_1')

    def test_2(self):
        log.append('test_2')
        self.fail('second fails')


class SetUpErrors(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_error':
            raise RuntimeError('setUp broke')
        if self._testMethodName == 'test_skip':
            raise unittest.SkipTest('skipped in setUp')

    def test_error(self):
        log.append('never runs')

    def test_skip(self):
        log.append('never runs')


class TearDownError(unittest.TestCase):
    def tearDown(self):
        raise KeyError('tearDown')

    def test_ok(self):
        pass

    def test_fails_too(self):
        self.assertEqual(1, 0)


class CleanupErrors(unittest.TestCase):
    def test_cleanup_fails(self):
        def bad():
            raise ValueError('cleanup broke')
        self.addCleanup(log.append, 'after bad')
        self.addCleanup(bad)
        log.append('body ran')


class ClassSetupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise TypeError('class setup broke')

    def test_a(self):
        log.append('never')

    def test_b(self):
        log.append('never')


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise IndexError('class teardown broke')

    def test_a(self):
        pass


class ClassSetupSkips(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('whole class')

    def test_a(self):
        pass


@unittest.skip('class skipped')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('skipped setUpClass ran?')

    def test_a(self):
        pass

    def test_b(self):
        pass


loader = unittest.TestLoader()
for cls in (Order, SetUpErrors, TearDownError, CleanupErrors,
            ClassSetupFails, ClassTearDownFails, ClassSetupSkips,
            SkippedClass):
    print '===', cls.__name__
    del log[:]
    run(loader.loadTestsFromTestCase(cls), 2)
    print 'log:', log

print '=== doCleanups by hand'
del log[:]
t = Order('test_1')
t.addCleanup(log.append, 'a')
t.addCleanup(log.append, 'b')
print t.doCleanups(), log

print '=== debug()'
del log[:]
Order('test_1').debug()
print log
try:
    Order('test_2').debug()
except AssertionError as e:
    print 'debug raised', e

print '=== module fixture failure'
class FakeModule(object):
    pass
mod = FakeModule()
def broken_setup():
    raise ValueError('module setup broke')
mod.setUpModule = broken_setup
sys.modules['fake_mod'] = mod
class InFakeModule(unittest.TestCase):
    def test_x(self):
        pass
InFakeModule.__module__ = 'fake_mod'
run(loader.loadTestsFromTestCase(InFakeModule), 2)

print '=== run() without a result'
class Solo(unittest.TestCase):
    def test_x(self):
        self.assertEqual(1, 2)
print Solo('test_x').run()
r = unittest.TestResult()
Solo('test_x').run(r)
print r.testsRun, len(r.failures), r.failures[0][1].splitlines()[-1]
print repr(r).split(' ', 1)[1]
