# minipy's stand-in for CPython 2.7's test.test_support.
#
# CPython's test files import their helpers from here.  This module is our
# own small version: it offers the names the files run by tests/cpython.rs
# use, behaving as regrtest's copy does in a non-verbose run without -u
# resources.  When driver.py is in charge, run_unittest hands each suite to
# the driver, which reports every test's outcome; otherwise it runs the suite
# with a text runner like the original.

import os
import sys
import unittest

# ---------------------------------------------------------------------------
# Flags and constants

verbose = 0            # regrtest runs quietly unless -v
use_resources = []     # no -u option: optional resources are off
max_memuse = 0         # bigmem tests run in their small "dry" form
real_max_memuse = 0
failfast = False

_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
MAX_Py_ssize_t = sys.maxsize

is_jython = sys.platform.startswith('java')

try:
    unicode
    have_unicode = True
except NameError:
    have_unicode = False

# Which interpreter is running: decides cpython_only / impl_detail.
if 'minipy' in sys.version:
    _implementation = 'minipy'
elif hasattr(sys, 'pypy_version_info'):
    _implementation = 'pypy'
elif is_jython:
    _implementation = 'jython'
else:
    _implementation = 'cpython'

# The file name tests may create in the working directory (the harness gives
# every test file a working directory of its own).
TESTFN = '@test_%d_tmp' % os.getpid()
if have_unicode:
    TESTFN_UNICODE = TESTFN + '-\xe0\xf2'.decode('latin-1')
    TESTFN_ENCODING = sys.getfilesystemencoding()
SAVEDCWD = os.getcwd()

# A non-ASCII character the file system encoding can write, or None.
FS_NONASCII = None
if have_unicode:
    for _ch in (u'\u00E6', u'\u0130', u'\u0141', u'\u03C6', u'\u041A',
                u'\u05D0', u'\u060C', u'\u062A', u'\u0E01', u'\u00A0',
                u'\u20AC'):
        try:
            _ch.encode(sys.getfilesystemencoding())
        except UnicodeError:
            continue
        FS_NONASCII = _ch
        break
TEST_HOME_DIR = os.path.dirname(os.path.abspath(__file__))

# The driver sets this to a function taking a suite; see run_unittest.
_suite_runner = None


# ---------------------------------------------------------------------------
# Errors

class Error(Exception):
    """Base class of this module's errors."""


class TestFailed(Error):
    """A test did not give the expected result."""


class TestDidNotRun(Error):
    """No test ran."""


class ResourceDenied(unittest.SkipTest):
    """An optional resource (network, large memory, ...) is not enabled."""


# ---------------------------------------------------------------------------
# Resources, imports, implementation details

def is_resource_enabled(resource):
    return use_resources is None or resource in use_resources


def requires(resource, msg=None):
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the `%s' resource not enabled" % resource
        raise ResourceDenied(msg)


def requires_resource(resource):
    if is_resource_enabled(resource):
        return lambda func: func
    return unittest.skip("resource %r is not enabled" % (resource,))


def import_module(name, deprecated=False):
    """Import and return a module, skipping the test when it is missing."""
    try:
        __import__(name)
    except ImportError, e:
        raise unittest.SkipTest(str(e))
    return sys.modules[name]


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Import `name` anew (and the modules in `fresh`), with the modules in
    `blocked` made unimportable; None when the import fails.  A package's
    submodules are imported anew with it (so json.decoder is an attribute
    of the fresh json)."""
    saved = {}

    def take_out(n, with_submodules):
        for key in list(sys.modules):
            if key == n or (with_submodules and key.startswith(n + '.')):
                saved.setdefault(key, sys.modules.pop(key))

    try:
        for n in [name] + list(fresh):
            take_out(n, True)
        for n in blocked:
            take_out(n, False)
            sys.modules[n] = None
        try:
            for n in fresh:
                __import__(n)
            __import__(name)
            return sys.modules[name]
        except ImportError:
            return None
    finally:
        for n in [name] + list(fresh) + list(blocked):
            take_out_again = [k for k in sys.modules
                              if k == n or k.startswith(n + '.')]
            for k in take_out_again:
                del sys.modules[k]
        sys.modules.update(saved)


def _guards(guards):
    if not guards:
        return {'cpython': True}, False
    wanted = guards.values()[0]
    return guards, not wanted


def check_impl_detail(**guards):
    """True when the running implementation is one `guards` selects
    (no arguments: CPython only)."""
    names, default = _guards(guards)
    return names.get(_implementation, default)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return lambda func: func
    if msg is None:
        names, default = _guards(guards)
        which = ' or '.join(sorted(names.keys()))
        if default:
            msg = 'implementation detail not available on %s' % which
        else:
            msg = 'implementation detail specific to %s' % which
    return unittest.skip(msg)


def cpython_only(test):
    return impl_detail(cpython=True)(test)


HAVE_DOCSTRINGS = True
requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS,
                                          "test requires docstrings")
requires_unicode = unittest.skipUnless(have_unicode, 'no unicode support')


def u(s):
    return unicode(s, 'unicode-escape')


def python_is_optimized():
    return True


# ---------------------------------------------------------------------------
# Files

def unlink(filename):
    try:
        os.unlink(filename)
    except OSError:
        pass


def make_bad_fd():
    """A descriptor number that was valid a moment ago and is closed now."""
    f = open(TESTFN, "wb")
    try:
        return f.fileno()
    finally:
        f.close()
        unlink(TESTFN)


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except OSError:
        pass


def rmtree(path):
    if not os.path.isdir(path):
        unlink(path)
        return
    for entry in os.listdir(path):
        full = os.path.join(path, entry)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full)
        else:
            unlink(full)
    rmdir(path)


def forget(modname):
    """Drop a module from sys.modules and delete its compiled files."""
    sys.modules.pop(modname, None)
    for dirname in sys.path:
        base = os.path.join(dirname or os.curdir, modname)
        unlink(base + os.extsep + 'pyc')
        unlink(base + os.extsep + 'pyo')


def unload(name):
    sys.modules.pop(name, None)


def findfile(file, subdir=None):
    """Look for a data file beside the tests, then along sys.path; the name
    itself when it is nowhere."""
    if os.path.isabs(file):
        return file
    if subdir is not None:
        file = os.path.join(subdir, file)
    for dirname in [TEST_HOME_DIR] + sys.path:
        candidate = os.path.join(dirname, file)
        if os.path.exists(candidate):
            return candidate
    return file


class temp_cwd(object):
    """Context manager: work in a fresh directory, removed afterwards."""

    def __init__(self, name='tempcwd', quiet=False):
        self.name = name
        self.quiet = quiet

    def __enter__(self):
        self.saved = os.getcwd()
        os.mkdir(self.name)
        os.chdir(self.name)
        return os.getcwd()

    def __exit__(self, *exc):
        os.chdir(self.saved)
        rmtree(self.name)
        return False



class change_cwd(object):
    """Context manager: work in an existing directory for a while."""

    def __init__(self, path, quiet=False):
        self.path = path
        self.quiet = quiet

    def __enter__(self):
        self.saved = os.getcwd()
        os.chdir(self.path)
        return os.getcwd()

    def __exit__(self, *exc):
        os.chdir(self.saved)
        return False

def sortdict(d):
    return '{%s}' % ', '.join(['%r: %r' % kv for kv in sorted(d.items())])


# ---------------------------------------------------------------------------
# Comparisons and sizes

FUZZ = 1e-6


def fcmp(x, y):
    """cmp() that treats floats within a relative 1e-6 as equal."""
    if isinstance(x, float) or isinstance(y, float):
        try:
            if abs(x - y) <= (abs(x) + abs(y)) * FUZZ:
                return 0
        except Exception:
            pass
    elif type(x) == type(y) and isinstance(x, (tuple, list)):
        for a, b in zip(x, y):
            c = fcmp(a, b)
            if c:
                return c
        return cmp(len(x), len(y))
    return cmp(x, y)


def _object_header(extra):
    header = '2P'
    if hasattr(sys, 'gettotalrefcount'):
        header += '2P'
    return header + extra


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_object_header('') + fmt + '0P')


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_object_header('P') + fmt + '0P')


def check_sizeof(test, o, size):
    import _testcapi
    have_gc = 1 << 14
    heap_type = 1 << 9
    if ((type(o) == type and o.__flags__ & heap_type) or
            (type(o) != type and type(o).__flags__ & have_gc)):
        size += _testcapi.SIZEOF_PYGC_HEAD
    result = sys.getsizeof(o)
    test.assertEqual(result, size, 'wrong size for %s: got %d, expected %d'
                     % (type(o), result, size))


# ---------------------------------------------------------------------------
# Memory-hungry tests: without a memory limit they run with a small size.

def bigmemtest(minsize, memuse, overhead=5 * _1M):
    def decorate(f):
        def run(self):
            if max_memuse:
                size = int((max_memuse - overhead) / memuse)
                if size < minsize:
                    return
                size = max(size - 50 * _1M, minsize)
            else:
                size = 5147
                self.assertFalse(size * memuse + overhead > 20 * _1M)
            return f(self, size)
        run.__name__ = f.__name__
        run.minsize, run.memuse, run.overhead = minsize, memuse, overhead
        return run
    return decorate


def precisionbigmemtest(size, memuse, overhead=5 * _1M, dry_run=True):
    def decorate(f):
        def run(self):
            n = size if real_max_memuse else 5147
            if (real_max_memuse or not dry_run) and real_max_memuse < n * memuse:
                return
            return f(self, n)
        run.__name__ = f.__name__
        run.size, run.memuse, run.overhead = size, memuse, overhead
        return run
    return decorate


def bigaddrspacetest(f):
    def run(self):
        if max_memuse >= MAX_Py_ssize_t:
            return f(self)
    run.__name__ = f.__name__
    return run


# ---------------------------------------------------------------------------
# Context managers (classes, so this module needs no contextlib)

class _Swap(object):
    def __init__(self, get, put, remove, new_value):
        self._get, self._put, self._remove = get, put, remove
        self._new = new_value

    def __enter__(self):
        self._had, self._old = self._get()
        self._put(self._new)
        return self._old

    def __exit__(self, *exc):
        if self._had:
            self._put(self._old)
        else:
            self._remove()
        return False


def swap_attr(obj, attr, new_val):
    def get():
        if hasattr(obj, attr):
            return True, getattr(obj, attr)
        return False, None
    return _Swap(get, lambda v: setattr(obj, attr, v),
                 lambda: delattr(obj, attr), new_val)


def swap_item(obj, item, new_val):
    def get():
        if item in obj:
            return True, obj[item]
        return False, None

    def put(v):
        obj[item] = v

    def remove():
        del obj[item]
    return _Swap(get, put, remove, new_val)


class captured_output(object):
    """Replace sys.<stream_name> by a StringIO for the block."""

    def __init__(self, stream_name):
        self.stream_name = stream_name

    def __enter__(self):
        import StringIO
        self.saved = getattr(sys, self.stream_name)
        self.buffer = StringIO.StringIO()
        setattr(sys, self.stream_name, self.buffer)
        return self.buffer

    def __exit__(self, *exc):
        setattr(sys, self.stream_name, self.saved)
        return False


def captured_stdout():
    return captured_output('stdout')


def captured_stderr():
    return captured_output('stderr')


def captured_stdin():
    return captured_output('stdin')


_original_stdout = sys.stdout


def record_original_stdout(stdout):
    global _original_stdout
    _original_stdout = stdout


def get_original_stdout():
    return _original_stdout or sys.stdout


class EnvironmentVarGuard(object):
    """os.environ, with every change undone when the block ends."""

    def __init__(self):
        self._environ = os.environ
        self._saved = {}

    def _remember(self, name):
        if name not in self._saved:
            self._saved[name] = self._environ.get(name)

    def __getitem__(self, name):
        return self._environ[name]

    def __setitem__(self, name, value):
        self._remember(name)
        self._environ[name] = value

    def __delitem__(self, name):
        self._remember(name)
        if name in self._environ:
            del self._environ[name]

    def __contains__(self, name):
        return name in self._environ

    def get(self, name, default=None):
        return self._environ.get(name, default)

    def keys(self):
        return self._environ.keys()

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def clear(self):
        for name in list(self._environ.keys()):
            del self[name]

    def update(self, other=(), **more):
        for name, value in dict(other, **more).items():
            self[name] = value

    def set(self, name, value):
        self[name] = value

    def unset(self, name):
        del self[name]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for name, value in self._saved.items():
            if value is None:
                if name in self._environ:
                    del self._environ[name]
            else:
                self._environ[name] = value
        os.environ = self._environ
        return False


class CleanImport(object):
    """Forget the named modules for the block, restoring sys.modules after."""

    def __init__(self, *names):
        self.saved = sys.modules.copy()
        for name in names:
            sys.modules.pop(name, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        sys.modules.clear()
        sys.modules.update(self.saved)
        return False


class DirsOnSysPath(object):
    def __init__(self, *paths):
        self.saved = sys.path[:]
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        sys.path[:] = self.saved
        return False


# ---------------------------------------------------------------------------
# Warnings

class WarningsRecorder(object):
    """What check_warnings yields: the warnings seen so far in the block,
    and the attributes of the latest one."""

    def __init__(self, seen):
        self._seen = seen
        self._start = 0

    def __getattr__(self, name):
        if len(self._seen) > self._start:
            return getattr(self._seen[-1], name)
        if name in ('message', 'category', 'filename', 'lineno', 'file',
                    'line'):
            return None
        raise AttributeError('%r has no attribute %r' % (self, name))

    @property
    def warnings(self):
        return self._seen[self._start:]

    def reset(self):
        self._start = len(self._seen)


class _WarningsCheck(object):
    """Records every warning raised in the block; at its end each expected
    (message regexp, category) pair must have matched one (unless quiet), and
    a warning that no pair matches is an error."""

    def __init__(self, filters, quiet):
        self.filters = filters
        self.quiet = quiet

    def __enter__(self):
        try:
            import warnings
        except ImportError:
            self.catcher = None
            self.seen = []
        else:
            self.catcher = warnings.catch_warnings(record=True)
            self.seen = self.catcher.__enter__()
            warnings.simplefilter('always')
        return WarningsRecorder(self.seen)

    def __exit__(self, exc_type, exc, tb):
        if self.catcher is not None:
            self.catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        import re
        left = [w.message for w in self.seen]
        missing = []
        for pattern, category in self.filters:
            matched = [m for m in left
                       if re.match(pattern, str(m), re.I) and
                       isinstance(m, category)]
            for m in matched:
                left.remove(m)
            if not matched and not self.quiet:
                missing.append((pattern, category.__name__))
        if left:
            raise AssertionError('unhandled warning %r' % (left[0],))
        if missing:
            raise AssertionError('filter (%r, %s) did not catch any warning'
                                 % missing[0])
        return False


def check_warnings(*filters, **kwargs):
    quiet = kwargs.get('quiet')
    if not filters:
        filters = (('', Warning),)
        if quiet is None:
            quiet = True
    return _WarningsCheck(filters, quiet)


def check_py3k_warnings(*filters, **kwargs):
    if getattr(sys, 'py3kwarning', False):
        filters = filters or (('', DeprecationWarning),)
    else:
        filters = ()
    return _WarningsCheck(filters, kwargs.get('quiet'))


# ---------------------------------------------------------------------------
# Odds and ends

def check_syntax_error(testcase, statement, errtext='', lineno=None,
                       offset=None):
    with testcase.assertRaisesRegexp(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    if lineno is not None:
        testcase.assertEqual(cm.exception.lineno, lineno)
    if offset is not None:
        testcase.assertEqual(cm.exception.offset, offset)


def gc_collect():
    try:
        import gc
    except ImportError:
        return
    for _ in range(3):
        gc.collect()


# CPython skips these in COUNT_ALLOCS builds (sys.getcounts exists there).
requires_type_collecting = unittest.skipIf(hasattr(sys, 'getcounts'),
                                           'types are immortal if COUNT_ALLOCS is defined')


class disable_gc(object):
    def __enter__(self):
        try:
            import gc
        except ImportError:
            self.gc = None
        else:
            self.gc = gc
            self.was_on = gc.isenabled()
            gc.disable()

    def __exit__(self, *exc):
        if self.gc is not None and self.was_on:
            self.gc.enable()
        return False


def check_free_after_iterating(test, iter, cls, args=()):
    done = [False]

    class Watched(cls):
        def __del__(self):
            done[0] = True
            try:
                next(it)
            except StopIteration:
                pass

    it = iter(Watched(*args))
    test.assertRaises(StopIteration, next, it)
    gc_collect()
    test.assertTrue(done[0])


def run_with_locale(catstr, *locales):
    """Run the decorated function under the first locale of `locales` that
    can be set, restoring the previous one afterwards."""
    def decorate(func):
        def run(*args, **kwargs):
            try:
                import locale
                category = getattr(locale, catstr)
                previous = locale.setlocale(category)
            except AttributeError:
                raise
            except Exception:
                locale = previous = None
            else:
                for name in locales:
                    try:
                        locale.setlocale(category, name)
                        break
                    except Exception:
                        pass
            try:
                return func(*args, **kwargs)
            finally:
                if locale and previous:
                    locale.setlocale(category, previous)
        run.__name__ = func.__name__
        run.__doc__ = func.__doc__
        return run
    return decorate


def reap_threads(func):
    return func


def threading_setup():
    return ()


class start_threads(object):
    """Starts the given threads on entry and joins them on exit."""

    def __init__(self, threads, unlock=None):
        self.threads = list(threads)
        self.unlock = unlock

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self.threads

    def __exit__(self, *exc):
        if self.unlock is not None:
            self.unlock()
        for t in self.threads:
            t.join()
        return False


def requires_type_collecting(test):
    return test


def threading_cleanup(*original):
    pass


def reap_children():
    pass


def strip_python_stderr(stderr):
    """A child interpreter's stderr without a debug build's trailing
    "[N refs]" line, stripped."""
    import re
    return re.sub(r"\[\d+ refs\]\r?\n?$", "", stderr).strip()


def py3k_bytes(b):
    return ''.join(chr(x) for x in b)


# ---------------------------------------------------------------------------
# Running tests

def _suite_of(*classes):
    loader = unittest.defaultTestLoader
    suite = unittest.TestSuite()
    for item in classes:
        if isinstance(item, basestring):
            if item not in sys.modules:
                raise ValueError('str arguments must be keys in sys.modules')
            suite.addTest(loader.loadTestsFromModule(sys.modules[item]))
        elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(item)
        else:
            suite.addTest(loader.loadTestsFromTestCase(item))
    return suite


def run_unittest(*classes):
    """Run the tests of the given TestCase classes, suites, cases or module
    names."""
    suite = _suite_of(*classes)
    if _suite_runner is not None:
        _suite_runner(suite)
        return
    runner = unittest.TextTestRunner(sys.stdout, verbosity=2 if verbose else 1)
    result = runner.run(suite)
    if not result.wasSuccessful():
        problems = result.errors + result.failures
        if len(problems) == 1:
            raise TestFailed(problems[0][1])
        raise TestFailed('errors or failures occurred; run in verbose mode')


def run_doctest(module, verbosity=None):
    """Run the doctests of `module` (each docstring is one test)."""
    import doctest
    if _suite_runner is not None:
        _suite_runner(doctest.DocTestSuite(module))
        return 0, 0
    saved = sys.stdout
    sys.stdout = get_original_stdout()
    try:
        failed, tried = doctest.testmod(module, verbose=verbose if verbosity is None else None)
    finally:
        sys.stdout = saved
    if failed:
        raise TestFailed('%d of %d doctests failed' % (failed, tried))
    return failed, tried


# ---------------------------------------------------------------------------
# Networking (local only: the tests never need the internet here)

HOST = '127.0.0.1'
IPV6_ENABLED = True


def bind_port(sock, host=HOST):
    """Binds sock to a free port of host chosen by the system; returns it."""
    import socket
    if sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM:
        if hasattr(socket, 'SO_REUSEADDR'):
            if sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 1:
                raise TestFailed("tests should never set the SO_REUSEADDR "
                                 "socket option on TCP/IP sockets!")
    sock.bind((host, 0))
    return sock.getsockname()[1]


def find_unused_port(family=None, socktype=None):
    """A port that nothing listens on right now (bound once, then released)."""
    import socket
    if family is None:
        family = socket.AF_INET
    if socktype is None:
        socktype = socket.SOCK_STREAM
    probe = socket.socket(family, socktype)
    try:
        return bind_port(probe)
    finally:
        probe.close()


class _NoInternet(object):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def transient_internet(resource_name, timeout=30.0, errnos=()):
    """No-op stand-in: tests needing the internet are not run here."""
    return _NoInternet()


def system_must_validate_cert(f):
    """No-op stand-in (no ssl here: the tests using it are skipped)."""
    return f

SOCK_MAX_SIZE = 16 * 1024 * 1024 + 1
