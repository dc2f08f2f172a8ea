# args: -v
# unittest.main(): options (-v -q -f -b, test names), exit=False, the
# result it keeps, and the exit status it gives (0 here: all pass).
import sys
import unittest
from _ut_helpers import MaskedStream


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        print 'runner options:', sorted(kw.items())
        unittest.TextTestRunner.__init__(self, stream=MaskedStream(sys.stdout),
                                         **kw)


class Good(unittest.TestCase):
    def test_a(self):
        print 'printed by test_a'

    def test_b(self):
        pass


class Bad(unittest.TestCase):
    def test_fail(self):
        print 'printed by test_fail'
        self.assertEqual('x', 'y')

    def test_err(self):
        raise RuntimeError('oops')


def main(argv, **kw):
    print '>>> argv', argv[1:], sorted(kw.items())
    try:
        prog = unittest.main(argv=argv, testRunner=Runner, exit=False, **kw)
    except SystemExit as e:
        print 'SystemExit', e.code
        return
    print 'wasSuccessful:', prog.result.wasSuccessful(), prog.verbosity, \
        prog.failfast, prog.buffer, prog.testNames


main(['prog', 'Good'])
main(['prog', '-q', 'Good'])
main(['prog', '-v', 'Good.test_b'])
main(['prog', '-v', '-f', 'Bad'])
main(['prog', '-b', 'Bad', 'Good'])
main(['prog', '-vb', 'Bad.test_fail'])
main(['prog', '--verbose', '--failfast', 'Bad'])
main(['prog', '-x'])
main(['prog', '--nope'])
main(['prog', 'Good'], verbosity=2)
main(['prog'], defaultTest='Good')

print '>>> exiting'
unittest.main(testRunner=Runner, defaultTest='Good')
