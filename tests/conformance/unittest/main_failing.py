# unittest.main() with a failing test: the report on stderr and exit
# status 1.
import sys
import unittest
from _ut_helpers import MaskedStream


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        unittest.TextTestRunner.__init__(self, stream=MaskedStream(sys.stderr),
                                         **kw)


class Tests(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertIn('z', 'abc')

    @unittest.expectedFailure
    def test_xfail(self):
        raise ValueError

if __name__ == '__main__':
    print 'about to run'
    unittest.main(testRunner=Runner)
