# TestLoader (by class, module, name, names), method prefixes and sort
# order, TestSuite and FunctionTestCase behaviour, ids and reprs.
import sys
import unittest
from _ut_helpers import run


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        """First line.
        second line"""

    def check_x(self):
        pass

    not_callable_test = 5
    test_attr = 'not callable'


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def test_function():
    pass


def make_suite():
    return unittest.TestSuite([Alpha('test_a')])


loader = unittest.TestLoader()
print loader.getTestCaseNames(Alpha)
print loader.getTestCaseNames(Beta)
loader.testMethodPrefix = 'check'
print loader.getTestCaseNames(Alpha)
loader.testMethodPrefix = 'test'
loader.sortTestMethodsUsing = lambda a, b: cmp(b, a)
print loader.getTestCaseNames(Alpha)
loader.sortTestMethodsUsing = None
print sorted(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()

suite = loader.loadTestsFromTestCase(Alpha)
print suite.countTestCases(), [t.id() for t in suite]
print [str(t) for t in suite]
print [repr(t) for t in suite]
print [t.shortDescription() for t in suite]
print [t.id() for t in loader.loadTestsFromTestCase(Beta)]

mod = sys.modules['__main__']
s = loader.loadTestsFromModule(mod)
print s.countTestCases(), [[t.id() for t in sub] for sub in s]
s = loader.loadTestsFromName('Alpha.test_b', mod)
print [t.id() for t in s]
s = loader.loadTestsFromName('Alpha', mod)
print [t.id() for t in s]
s = loader.loadTestsFromName('make_suite', mod)
print [t.id() for t in s]
s = loader.loadTestsFromNames(['Alpha.test_a', 'Beta'], mod)
print s.countTestCases()
for bad in ['Alpha.test_nope', 'nothing_here', 'test_function']:
    try:
        loader.loadTestsFromName(bad, mod)
    except Exception as e:
        print bad, type(e).__name__, str(e).replace(repr(test_function), '<f>')
try:
    loader.loadTestsFromName('no_such_module_xyz')
except ImportError as e:
    print 'ImportError', e
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print e

print '--- suites'
s = unittest.TestSuite()
print s.countTestCases(), list(s)
s.addTest(Alpha('test_a'))
s.addTests([Alpha('test_b'), unittest.TestSuite([Beta()])])
print s.countTestCases()
print s == unittest.TestSuite([Alpha('test_a'), Alpha('test_b'),
                               unittest.TestSuite([Beta()])])
for bad in [5, Alpha, 'abc']:
    try:
        if isinstance(bad, str):
            s.addTests(bad)
        else:
            s.addTest(bad)
    except TypeError as e:
        print 'TypeError', e
print Alpha('test_a') == Alpha('test_a'), Alpha('test_a') != Alpha('test_b')
print hash(Alpha('test_a')) == hash(Alpha('test_a'))
try:
    Alpha('test_zzz')
except ValueError as e:
    print 'ValueError', str(e).replace("<class '__main__.Alpha'>", 'Alpha')
print unittest.TestCase.maxDiff, unittest.TestCase.longMessage

print '--- FunctionTestCase'
calls = []
def setup():
    calls.append('setup')
def teardown():
    calls.append('teardown')
def body():
    """Function doc."""
    calls.append('body')
def failing():
    assert 1 == 2, 'function failed'
ft = unittest.FunctionTestCase(body, setUp=setup, tearDown=teardown)
print ft.id(), str(ft), ft.shortDescription(), ft.countTestCases()
print unittest.FunctionTestCase(body, description='desc').shortDescription()
run(unittest.TestSuite([ft, unittest.FunctionTestCase(failing)]), 2)
print calls

print '--- helpers'
print unittest.getTestCaseNames(Alpha, 'test')
print unittest.makeSuite(Alpha).countTestCases()
print unittest.makeSuite(Alpha, 'check').countTestCases()
print unittest.findTestCases(mod).countTestCases()
print [n for n in unittest.__all__]

print '--- load_tests protocol'
class Gamma(unittest.TestCase):
    def test_g(self):
        pass
class FakeMod(object):
    __name__ = 'fakemod'
    G = Gamma
    @staticmethod
    def load_tests(loader, tests, pattern):
        print 'load_tests called', tests.countTestCases(), pattern
        tests.addTest(Alpha('test_b'))
        return tests
print loader.loadTestsFromModule(FakeMod()).countTestCases()
print loader.loadTestsFromModule(FakeMod(), use_load_tests=False).countTestCases()
