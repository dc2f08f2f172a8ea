# Helpers for the doctest conformance scripts: capture a report and drop
# the frame of doctest.py itself from tracebacks (its path and line
# differ between implementations).
import sys
from StringIO import StringIO


def clean(text):
    out = []
    skip = False
    for line in text.split('\n'):
        if skip:
            skip = False
            continue
        if 'doctest.py", line' in line:
            skip = True
            continue
        out.append(line)
    return '\n'.join(out)


def capture(func, *args, **kw):
    """Calls func with stdout captured; prints the cleaned output and
    returns func's result."""
    saved = sys.stdout
    replace = kw.pop('_replace', None)
    sys.stdout = buf = StringIO()
    try:
        result = func(*args, **kw)
    finally:
        sys.stdout = saved
    text = clean(buf.getvalue())
    if replace:
        text = text.replace(replace, '')
    sys.stdout.write(text)
    return result
