# TextTestRunner's report: dots and letters, verbose lines, the ERROR/FAIL
# blocks with trimmed tracebacks, and the summary lines.
import unittest
from _ut_helpers import run


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        """A failing test with a docstring.

        Only the first line is the short description."""
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_c_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_usuccess(self):
        pass

    def test_g_skiptest(self):
        self.skipTest("inside")

    def test_h_nested_error(self):
        def inner():
            raise ValueError("deep %d" % 3)
        inner()


class AllPass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertTrue(True)


class Skips(unittest.TestCase):
    @unittest.skipIf(True, "cond true")
    def test_a(self):
        pass

    @unittest.skipUnless(False, "cond false")
    def test_b(self):
        pass

    @unittest.skipIf(False, "never")
    def test_c(self):
        pass


loader = unittest.TestLoader()
for verbosity in (0, 1, 2):
    print '--- verbosity', verbosity
    run(loader.loadTestsFromTestCase(Mixed), verbosity)
print '--- all pass'
run(loader.loadTestsFromTestCase(AllPass))
run(loader.loadTestsFromTestCase(AllPass), 2)
print '--- skips'
run(loader.loadTestsFromTestCase(Skips), 2)
print '--- no descriptions'
run(loader.loadTestsFromTestCase(Mixed), 2, descriptions=False)
print '--- failfast'
run(loader.loadTestsFromTestCase(Mixed), 2, failfast=True)
print '--- empty'
run(unittest.TestSuite())
