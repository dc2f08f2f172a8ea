"""TestLoader: builds suites from test classes, modules, names and
directories (discover)."""

import os
import sys
import traceback
import types

from . import case, suite

__unittest = True


def _valid_module_name(name):
    """Like the pattern [_a-z]\\w*\\.py$ (ignoring case)."""
    if not name.lower().endswith('.py'):
        return False
    stem = name[:-3]
    if not stem or not (stem[0] == '_' or stem[0].isalpha()):
        return False
    for ch in stem:
        if not (ch == '_' or ch.isalnum()):
            return False
    return True


def _fnmatch_case(name, pat):
    """Shell-style matching of *, ?, [seq] and [!seq] (case-sensitive)."""
    # Dynamic programming over (name position, pattern position).
    n = len(name)
    # Tokenize the pattern.
    tokens = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == '[':
            j = i + 1
            if j < len(pat) and pat[j] == '!':
                j += 1
            if j < len(pat) and pat[j] == ']':
                j += 1
            while j < len(pat) and pat[j] != ']':
                j += 1
            if j >= len(pat):
                tokens.append(('lit', '['))
            else:
                body = pat[i + 1:j]
                negate = body.startswith('!')
                if negate:
                    body = body[1:]
                tokens.append(('set', (negate, body)))
                i = j
        elif c == '*':
            tokens.append(('star', None))
        elif c == '?':
            tokens.append(('any', None))
        else:
            tokens.append(('lit', c))
        i += 1
    reach = set([0])
    for kind, arg in tokens:
        nxt = set()
        for p in reach:
            if kind == 'star':
                nxt.update(range(p, n + 1))
            elif p < n:
                ch = name[p]
                if kind == 'any' or (kind == 'lit' and ch == arg):
                    nxt.add(p + 1)
                elif kind == 'set' and _in_set(ch, arg[1]) != arg[0]:
                    nxt.add(p + 1)
        reach = nxt
        if not reach:
            return False
    return n in reach


def _in_set(ch, body):
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == '-':
            if body[i] <= ch <= body[i + 2]:
                return True
            i += 3
        else:
            if body[i] == ch:
                return True
            i += 1
    return False


def fnmatch(name, pat):
    return _fnmatch_case(os.path.normcase(name) if hasattr(os.path, 'normcase')
                         else name, pat)


def _relpath(path, start):
    relpath = getattr(os.path, 'relpath', None)
    if relpath is not None:
        return relpath(path, start)
    a = [p for p in os.path.abspath(path).split(os.sep) if p]
    b = [p for p in os.path.abspath(start).split(os.sep) if p]
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    parts = [os.pardir] * (len(b) - common) + a[common:]
    if not parts:
        return os.curdir
    return os.path.join(*parts)


def _realpath(path):
    realpath = getattr(os.path, 'realpath', None)
    if realpath is not None:
        return realpath(path)
    return os.path.abspath(path)


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name,
                                                        traceback.format_exc())
    return _make_failed_test('ModuleImportFailure', name, ImportError(message),
                             suiteClass)


def _make_failed_load_tests(name, exception, suiteClass):
    return _make_failed_test('LoadTestsFailure', name, exception, suiteClass)


def _make_failed_test(classname, methodname, exception, suiteClass):
    def testFailure(self):
        raise exception
    cls = type(classname, (case.TestCase,),
               {methodname: testFailure, '__module__': __name__})
    return suiteClass((cls(methodname),))


class _CmpToKey(object):
    """Turns a cmp function into a sort key."""

    def __init__(self, mycmp):
        self.mycmp = mycmp

    def __call__(self, obj):
        return _CmpKey(self.mycmp, obj)


class _CmpKey(object):
    def __init__(self, mycmp, obj):
        self.mycmp = mycmp
        self.obj = obj

    def __lt__(self, other):
        return self.mycmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.mycmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.mycmp(self.obj, other.obj) == 0


class TestLoader(object):
    """Finds tests and gathers them into suites."""
    testMethodPrefix = 'test'
    sortTestMethodsUsing = cmp
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, use_load_tests=True):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if use_load_tests and load_tests is not None:
            try:
                return load_tests(self, tests, None)
            except Exception as e:
                return _make_failed_load_tests(module.__name__, e,
                                               self.suiteClass)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            prefix = parts[:]
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    del prefix[-1]
                    if not prefix:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.UnboundMethodType) and
                isinstance(parent, type) and
                issubclass(parent, case.TestCase)):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, suite.TestSuite):
            return obj
        if hasattr(obj, '__call__'):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = [n for n in dir(testCaseClass)
                 if n.startswith(prefix) and
                 hasattr(getattr(testCaseClass, n), '__call__')]
        if self.sortTestMethodsUsing:
            names.sort(key=_CmpToKey(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(
                    os.path.join(start_dir, '__init__.py'))
        else:
            # A dotted module name.
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                start_dir = os.path.abspath(os.path.dirname(module.__file__))
                if implicit_top:
                    self._top_level_dir = \
                        self._get_directory_containing_module(top_part)
                    sys.path.remove(top_level_dir)
        if not_importable:
            raise ImportError('Start directory is not importable: %r'
                              % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _get_directory_containing_module(self, module_name):
        full = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(full).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full))
        return os.path.dirname(full)

    def _get_name_from_path(self, path):
        path = os.path.splitext(os.path.normpath(path))[0]
        rel = _relpath(path, self._top_level_dir)
        assert not os.path.isabs(rel), "Path must be within the project"
        assert not rel.startswith('..'), "Path must be within the project"
        return rel.replace(os.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        for path in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, path)
            if os.path.isfile(full_path):
                if not _valid_module_name(path):
                    continue
                if not self._match_path(path, full_path, pattern):
                    continue
                name = self._get_name_from_path(full_path)
                try:
                    module = self._get_module_from_name(name)
                except:
                    yield _make_failed_import_test(name, self.suiteClass)
                else:
                    self._check_location(module, full_path)
                    yield self.loadTestsFromModule(module)
            elif os.path.isdir(full_path):
                if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                    continue
                load_tests = None
                tests = None
                if fnmatch(path, pattern):
                    name = self._get_name_from_path(full_path)
                    package = self._get_module_from_name(name)
                    load_tests = getattr(package, 'load_tests', None)
                    tests = self.loadTestsFromModule(package,
                                                     use_load_tests=False)
                if load_tests is None:
                    if tests is not None:
                        yield tests
                    for test in self._find_tests(full_path, pattern):
                        yield test
                else:
                    try:
                        yield load_tests(self, tests, pattern)
                    except Exception as e:
                        yield _make_failed_load_tests(package.__name__, e,
                                                      self.suiteClass)

    def _check_location(self, module, full_path):
        """A module found by discovery must be the file that was found,
        not a same-named module from elsewhere on sys.path."""
        mod_file = os.path.abspath(getattr(module, '__file__', full_path))
        real = os.path.splitext(_realpath(mod_file))[0]
        wanted = os.path.splitext(_realpath(full_path))[0]
        if real.lower() != wanted.lower():
            mod_name = os.path.splitext(os.path.basename(full_path))[0]
            raise ImportError("%r module incorrectly imported from %r. "
                              "Expected %r. Is this module globally installed?"
                              % (mod_name, os.path.dirname(real),
                                 os.path.dirname(full_path)))


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=cmp):
    return _makeLoader(prefix, sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=cmp,
              suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing,
                       suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=cmp,
                  suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing,
                       suiteClass).loadTestsFromModule(module)
