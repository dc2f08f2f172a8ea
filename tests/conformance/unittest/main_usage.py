# args: -h
# unittest.main() -h prints the usage and exits with status 2.
import unittest


class Tests(unittest.TestCase):
    def test_pass(self):
        pass

unittest.main()
