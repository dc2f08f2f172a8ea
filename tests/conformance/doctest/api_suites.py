# DocTestParser, Example and DocTest objects, OutputChecker,
# script_from_examples, run_docstring_examples, DebugRunner, testfile,
# DocTestSuite and DocFileSuite run under unittest.
import os
import sys
import unittest
import doctest
from StringIO import StringIO
from _dt_helpers import capture, clean

parser = doctest.DocTestParser()
text = """Some text.

    >>> x = 1   # a comment
    >>> if x:
    ...     print 'yes'
    yes
    >>> # only a comment
    >>> print 'a'; print 'b'
    a
    b

Trailing text.
    >>> raise KeyError('q')
    Traceback (most recent call last):
    KeyError: 'q'
"""
pieces = parser.parse(text, 'parsed')
for p in pieces:
    if isinstance(p, doctest.Example):
        print 'Example', repr(p.source), repr(p.want), p.lineno, p.indent, \
            p.options, repr(p.exc_msg)
    else:
        print 'Text', repr(p)
test = parser.get_doctest(text, {'g': 1}, 'parsed', 'file.txt', 7)
print test
print test.name, test.filename, test.lineno, len(test.examples), test.globs
print doctest.DocTest([], {}, 'empty', None, None, '')
one = parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 2)
print one
e = doctest.Example('print 1', '1')
print repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options
e = doctest.Example('x', '', exc_msg='ValueError: v')
print repr(e.want), repr(e.exc_msg)
print doctest.Example('a', 'b') == doctest.Example('a', 'b')

print '--- checker'
c = doctest.OutputChecker()
print c.check_output('1\n', '1\n', 0), c.check_output('1\n', 'True\n', 0)
print c.check_output('a ... z\n', 'a b c z\n', doctest.ELLIPSIS)
print c.check_output('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE)
print c.check_output('x\n', 'y\n', 0)
ex = doctest.Example('f()', 'a\nb\nc\nd\n')
print c.output_difference(ex, 'a\nB\nc\nd\n', 0)
print c.output_difference(ex, 'a\nB\nc\nd\n', doctest.REPORT_UDIFF)
print c.output_difference(ex, '', 0)
print c.output_difference(doctest.Example('f()', ''), 'x\n\n', 0)
print c.output_difference(doctest.Example('f()', ''), '', 0)

print '--- script_from_examples'
print doctest.script_from_examples(text)

print '--- run_docstring_examples'
def documented():
    """
    >>> documented_value
    5
    >>> documented_value + 1
    7
    """
capture(doctest.run_docstring_examples, documented,
        {'documented_value': 5}, name='documented')
capture(doctest.run_docstring_examples, documented,
        {'documented_value': 6}, verbose=True)

print '--- DebugRunner'
runner = doctest.DebugRunner(verbose=False)
t = parser.get_doctest('>>> 1 + 1\n3\n', {}, 'dbg', 'dbg.txt', 0)
try:
    runner.run(t)
except doctest.DocTestFailure as f:
    print 'DocTestFailure', f.test.name, repr(f.example.source), repr(f.got)
t = parser.get_doctest('>>> 1/0\n', {}, 'dbg2', 'dbg2.txt', 0)
try:
    runner.run(t)
except doctest.UnexpectedException as f:
    print 'UnexpectedException', f.test.name, f.exc_info[0].__name__

print '--- testfile'
workdir = '/tmp/minipy_doctest_dir_%d' % os.getpid()
os.mkdir(workdir)
path = workdir + '/examples.txt'
f = open(path, 'w')
f.write("""A text file with examples.

>>> a = [1, 2]
>>> a.append(3)
>>> a
[1, 2, 3]
>>> len(a)
4
""")
f.close()
try:
    res = capture(doctest.testfile, path, module_relative=False,
                  _replace=workdir + '/')
    print res
    res = capture(doctest.testfile, path, module_relative=False,
                  name='named', verbose=True, _replace=workdir + '/')
    print res

    print '--- DocFileSuite'
    suite = doctest.DocFileSuite(path, module_relative=False)
    stream = StringIO()
    result = unittest.TextTestRunner(stream=stream).run(suite)
    print result.testsRun, len(result.failures)
    print clean(result.failures[0][1]).replace(path, '<path>')
    case = list(suite)[0]
    print case.id().replace(os.path.basename(path).replace('.', '_'), '<id>')
finally:
    os.remove(path)
    os.rmdir(workdir)

print '--- DocTestSuite'
class FakeModule(object):
    pass
mod = sys.modules['__main__']
suite = doctest.DocTestSuite(mod)
print suite.countTestCases()
for case in suite:
    print case.id(), str(case), case.shortDescription()
result = unittest.TestResult()
suite.run(result)
print result.testsRun, len(result.failures), len(result.errors)
for test, text in result.failures:
    print clean(text)
print doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE)
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print 'ValueError', e.args[0]


def fails_twice():
    """
    >>> 1
    2
    >>> 3
    4
    """
suite = doctest.DocTestSuite(mod)
result = unittest.TestResult()
suite.run(result)
print len(result.failures)
print clean(result.failures[-1][1])
doctest.set_unittest_reportflags(0)
