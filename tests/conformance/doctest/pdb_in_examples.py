# pdb.set_trace() inside a doctest example talks to the real stdout (not
# the captured example output), and debug_src runs the source under pdb.
import sys
import doctest


class FakeInput(object):
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        line = self.lines.pop(0)
        print line
        return line + '\n'

doc = '''
    >>> x = 42
    >>> import pdb; pdb.set_trace()
    >>> print x + 1
    43
    '''
parser = doctest.DocTestParser()
test = parser.get_doctest(doc, {}, 'example', 'example.py', 0)
real_stdin = sys.stdin
sys.stdin = FakeInput(['print x', 'continue'])
try:
    print doctest.DocTestRunner(verbose=False).run(test)
finally:
    sys.stdin = real_stdin

src = '''
    >>> y = 12
    >>> print y
    12
    '''
sys.stdin = FakeInput(['next', 'print y', 'continue'])
try:
    doctest.debug_src(src)
finally:
    sys.stdin = real_stdin
