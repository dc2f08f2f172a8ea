# TestLoader.discover: test*.py modules, packages, patterns, top-level
# directories, modules that fail to import, and load_tests in packages.
import os
import sys
import unittest
from _ut_helpers import run

root = '/tmp/minipy_ut_discover_%d' % os.getpid()


def write(path, text):
    full = os.path.join(root, path)
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    f = open(full, 'w')
    f.write(text)
    f.close()


write('proj/test_one.py', '''
import unittest
class One(unittest.TestCase):
    def test_a(self):
        pass
    def test_b(self):
        self.assertEqual(1, 2)
''')
write('proj/check_two.py', '''
import unittest
class Two(unittest.TestCase):
    def test_c(self):
        pass
''')
write('proj/helper.py', 'X = 1\n')
write('proj/test_broken.py', 'import no_such_module_for_discover\n')
write('proj/pkg/__init__.py', '')
write('proj/pkg/test_inner.py', '''
import unittest
class Inner(unittest.TestCase):
    def test_d(self):
        pass
''')
write('proj/notpkg/test_hidden.py', '''
import unittest
class Hidden(unittest.TestCase):
    def test_e(self):
        pass
''')
write('proj/test_lt/__init__.py', '''
import unittest
class Pkg(unittest.TestCase):
    def test_p(self):
        pass
def load_tests(loader, tests, pattern):
    print 'package load_tests with pattern', pattern
    return loader.discover(__path__[0] if '__path__' in globals() else '.', pattern=pattern)
''')


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out

try:
    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(root, 'proj'))
    found = ids(suite)
    print sorted(found)
    print suite.countTestCases()
    broken = [t for t in found if 'broken' in t]
    print broken

    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(root, 'proj'), pattern='check*.py')
    print sorted(ids(suite))

    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(root, 'proj', 'pkg'),
                            top_level_dir=os.path.join(root, 'proj'))
    print sorted(ids(suite))

    loader = unittest.TestLoader()
    try:
        loader.discover(os.path.join(root, 'proj', 'notpkg'),
                        top_level_dir=os.path.join(root, 'proj'))
    except ImportError as e:
        print 'ImportError', str(e).replace(root, '<root>')

    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(root, 'proj'), pattern='test_one.py')
    run(suite, 2, replace=root)
finally:
    for dirpath, dirnames, filenames in list(os.walk(root))[::-1]:
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        os.rmdir(dirpath)
print os.path.exists(root)
