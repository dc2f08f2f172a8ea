# An example that prints unicode must not leave doctest's captured output
# unicode for the next one (non-ASCII bytes printed after it still compare);
# unicode sources and outputs are reported in the stdout encoding.
import doctest
import sys


def f():
    r"""
    >>> u'\xe9'
    u'\xe9'
    >>> print u'abc'
    abc
    >>> print u'\xe9'.encode('utf-8')
    \xc3\xa9
    """


def g():
    r"""
    >>> print 'caf\xc3\xa9'
    wrong
    """

doctest._encoding = 'utf-8'
doc = f.__doc__.replace('\\xc3\\xa9', '\xc3\xa9')
t = doctest.DocTestParser().get_doctest(doc, {}, 'f', 'f.py', 0)
print doctest.DocTestRunner(verbose=False).run(t, out=sys.stdout.write)
r = doctest.DocTestRunner(verbose=False)
t = doctest.DocTestParser().get_doctest(u"    >>> print len(u'\u20ac\u20ac')\n    nope\n", {}, 'u', 'u.txt', 0)
r.run(t, out=sys.stdout.write)
print r.summarize(verbose=False)
r = doctest.DocTestRunner(verbose=True)
t = doctest.DocTestParser().get_doctest(u">>> x = u'\u20ac'\n>>> len(x)\n1\n", {}, 'v', 'v.txt', 0)
print r.run(t, out=sys.stdout.write)
