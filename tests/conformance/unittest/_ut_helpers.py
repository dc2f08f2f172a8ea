# Helpers for the unittest conformance scripts: run a suite on a StringIO
# stream and print the report with the elapsed time masked.
import unittest
from StringIO import StringIO


def mask_time(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
            line = line[:line.index(' in ')] + ' in X.XXXs'
        out.append(line)
    return '\n'.join(out)


def run(suite, verbosity=1, replace=None, **kw):
    stream = StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(suite)
    text = mask_time(stream.getvalue())
    if replace:
        text = text.replace(replace, '<root>')
    print text
    print 'result:', result.testsRun, len(result.failures), len(result.errors), \
        len(result.skipped), len(result.expectedFailures), \
        len(result.unexpectedSuccesses), result.wasSuccessful()
    return result


class MaskedStream(object):
    """A stream that masks the time in 'Ran N tests in X.XXXs'."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(mask_time(text))

    def flush(self):
        self.stream.flush()
