# Runs one of CPython's test files (test/<name>.py beside this driver) under
# the running interpreter and writes every test's outcome to a results file.
#
#     driver.py NAME RESULTS [SKIP]
#
# RESULTS gets one line per event, flushed at once so that a crash or a
# timeout loses nothing already reported:
#     run <id>          a test starts
#     <outcome> <id>    pass, fail, error, skip, xfail or xpass
#     | <text>          detail (a traceback) of the line above
#     note <text>       something outside any test (test_main raised, ...)
#     import-error      the test file could not be imported (details follow)
#     done              the driver finished
# SKIP names a file of test ids (one a line) not to run: tests known to hang,
# and those already reported by an earlier attempt that crashed.
#
# A test id is unittest's id without the package, e.g.
# test_int.IntTestCases.test_basic; when it does not start with the file's
# name (doctests of a library module, class fixtures), it is prefixed with
# "<name>:".
#
# A test file whose tests live in a package of CPython's own (test_email
# imports email.test.test_email) is listed in files.txt with an item
# `pkgtest:email/test`; the layout then writes a line
#     <name> <dotted package> <CPython's folder for it>
# into pkgtests.txt beside this driver, and the driver loads that one
# subpackage from CPython's folder before importing the file, leaving the
# parent package (email, json, unittest) the interpreter's own.
#
# The file is run as regrtest would: its test_main() when it has one (which
# calls test_support.run_unittest / run_doctest, handed to us here), else
# every test in the module.

import sys
import traceback


def load_package_tests(name):
    import os
    import types
    listing = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pkgtests.txt')
    if not os.path.exists(listing):
        return
    for line in open(listing):
        words = line.split()
        if len(words) != 3 or words[0] != name:
            continue
        dotted, folder = words[1], words[2]
        parent, _, last = dotted.rpartition('.')
        if parent:
            __import__(parent)
        init = os.path.join(folder, '__init__.py')
        module = types.ModuleType(dotted)
        module.__file__ = init
        module.__path__ = [folder]
        if parent:
            module.__package__ = dotted
        sys.modules[dotted] = module
        try:
            exec(compile(open(init).read(), init, 'exec'), module.__dict__)
        except BaseException:
            del sys.modules[dotted]
            raise
        if parent:
            setattr(sys.modules[parent], last, module)


def main():
    name, results_path = sys.argv[1], sys.argv[2]
    skip = set()
    if len(sys.argv) > 3:
        for line in open(sys.argv[3]):
            if line.strip():
                skip.add(line.strip())
    del sys.argv[1:]

    out = open(results_path, 'a')

    def emit(text):
        out.write(text + '\n')
        out.flush()

    def emit_detail(text):
        for line in text.rstrip('\n').split('\n'):
            emit('| ' + line)

    # Seeded so that files sampling with random (test_decimal) pick the same
    # cases on every run.
    import random
    random.seed(20260101)

    import unittest
    from test import test_support

    def test_id(test):
        tid = test.id()
        if tid.startswith('test.'):
            tid = tid[len('test.'):]
        if not tid.startswith(name + '.'):
            tid = name + ':' + tid
        return tid

    class Reporter(unittest.TestResult):
        def startTest(self, test):
            emit('run ' + test_id(test))
            unittest.TestResult.startTest(self, test)

        def _report(self, outcome, test, detail=None):
            emit(outcome + ' ' + test_id(test))
            if detail:
                emit_detail(detail)

        def addSuccess(self, test):
            self._report('pass', test)

        def addError(self, test, err):
            self._report('error', test, self._describe(err))

        def addFailure(self, test, err):
            self._report('fail', test, self._describe(err))

        def addSkip(self, test, reason):
            self._report('skip', test, reason)

        def addExpectedFailure(self, test, err):
            self._report('xfail', test)

        def addUnexpectedSuccess(self, test):
            self._report('xpass', test)

        def _describe(self, err):
            try:
                return ''.join(traceback.format_exception(*err))
            except Exception:
                return '%s: %s' % (err[0].__name__, err[1])

    def keep_wanted(suite):
        # A copy of the suite without the tests named in the skip file.
        if isinstance(suite, unittest.TestSuite):
            kept = unittest.TestSuite()
            for test in suite:
                kept_test = keep_wanted(test)
                if kept_test is not None:
                    kept.addTest(kept_test)
            return kept
        if test_id(suite) in skip:
            return None
        return suite

    def run_suite(suite):
        keep_wanted(suite).run(Reporter())

    test_support._suite_runner = run_suite

    try:
        load_package_tests(name)
        __import__('test.' + name)
        module = sys.modules['test.' + name]
    except BaseException:
        emit('import-error')
        emit_detail(traceback.format_exc())
        emit('done')
        return

    try:
        if hasattr(module, 'test_main'):
            module.test_main()
        else:
            loader = unittest.defaultTestLoader
            test_support.run_unittest(loader.loadTestsFromModule(module))
    except BaseException:
        emit('note test_main raised')
        emit_detail(traceback.format_exc())
    emit('done')


main()
