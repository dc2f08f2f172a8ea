# Option flags and '# doctest:' directives: ELLIPSIS, NORMALIZE_WHITESPACE,
# IGNORE_EXCEPTION_DETAIL, SKIP, BLANKLINE, True-for-1, the REPORT_*
# diff formats, and the errors for bad directives.
import doctest
from _dt_helpers import capture

parser = doctest.DocTestParser()


def run_text(text, flags=0, name='sample', verbose=False):
    test = parser.get_doctest(text, {}, name, 'sample.txt', 0)
    runner = doctest.DocTestRunner(optionflags=flags, verbose=verbose)
    result = capture(runner.run, test)
    print result
    return result

ELLIPSIS_TEXT = """
>>> range(20)
[0, 1, ..., 19]
>>> range(20)   # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print 'abc'   # doctest: +ELLIPSIS
a...c...
>>> print 'aXbXc'   # doctest: +ELLIPSIS
a...b...c
>>> print 'start end'   # doctest: +ELLIPSIS
start...middle...end
>>> print 'aa'   # doctest: +ELLIPSIS
aa...aa
"""
run_text(ELLIPSIS_TEXT)
run_text(ELLIPSIS_TEXT, doctest.ELLIPSIS)

WS_TEXT = """
>>> print range(10)
[0, 1, 2, 3, 4,
 5, 6, 7, 8, 9]
>>> print range(10)  # doctest: +NORMALIZE_WHITESPACE
[0, 1, 2, 3, 4,
 5, 6, 7, 8, 9]
>>> print 'a   b'  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
a ...
>>> print 'a   b'  # doctest: -NORMALIZE_WHITESPACE
a b
"""
run_text(WS_TEXT)
run_text(WS_TEXT, doctest.NORMALIZE_WHITESPACE)

EXC_TEXT = """
>>> raise ValueError('detail one')
Traceback (most recent call last):
ValueError: detail two
>>> raise ValueError('detail one')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: detail two
>>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
some.module.ValueError: y
>>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
TypeError: x
>>> raise KeyError('k')
Traceback (innermost last):
    more stack
  here
KeyError: 'k'
"""
run_text(EXC_TEXT)

SKIP_TEXT = """
>>> print 'not run'  # doctest: +SKIP
wrong
>>> 1
1
>>> True
1
>>> False
0
>>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
1
"""
run_text(SKIP_TEXT)
run_text(SKIP_TEXT, doctest.SKIP)

BLANK_TEXT = """
>>> print 'a\\n\\nb'
a
<BLANKLINE>
b
>>> print 'a\\n   \\nb'
a
<BLANKLINE>
b
>>> print 'a\\n\\nb'  # doctest: +DONT_ACCEPT_BLANKLINE
a
<BLANKLINE>
b
>>> print 'x\\n\\ny'
x
z
"""
run_text(BLANK_TEXT)

DIFF_TEXT = """
>>> for i in range(6): print 'line', i
line 0
line 1
line two
line 3
line 4
line 5
>>> print 'short'
long
"""
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF,
             doctest.REPORT_NDIFF):
    run_text(DIFF_TEXT, flag)
run_text("""
>>> print 'one\\ntwo\\nthree'  # doctest: +REPORT_NDIFF
one
twe
three
""")

print '--- verbose'
run_text("""
>>> 1 + 1
2
>>> x = 1
>>> x
3
""", verbose=True)

print '--- bad directives'
for text in [">>> 1  # doctest: +NOPE\n1\n",
             ">>> 1  # doctest: ELLIPSIS\n1\n",
             ">>> # doctest: +ELLIPSIS\n",
             ">>>1\n",
             ">>> if 1:\n  ... pass\n",
             "  >>> 1\n 1\n"]:
    try:
        parser.get_doctest(text, {}, 'bad', 'bad.txt', 0)
    except ValueError as e:
        print 'ValueError:', e

print '--- flags'
names = sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1])
print names
print doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS
print doctest.register_optionflag('ELLIPSIS') == doctest.ELLIPSIS
new = doctest.register_optionflag('MY_FLAG')
print new, 'MY_FLAG' in doctest.OPTIONFLAGS_BY_NAME
