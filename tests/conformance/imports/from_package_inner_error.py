# `from package import submodule` reports the submodule's own error, not
# "cannot import name", when the submodule exists but fails to import.
import os
import sys
import traceback


def where():
    # The frames of the current exception, with bare file names.
    tb = sys.exc_info()[2]
    return [(os.path.basename(f), line, fn) for f, line, fn, _ in traceback.extract_tb(tb)]

try:
    from _pkg_broken import _inner_fails
except ImportError as e:
    print 'ImportError:', e
    print where()

try:
    from _pkg_broken import _inner_raises
except ValueError as e:
    print 'ValueError:', e
    print where()
print '_pkg_broken._inner_raises' in sys.modules

try:
    from _pkg_broken import _no_such_submodule
except ImportError as e:
    print 'ImportError:', e

from _pkg_broken import _fine
print _fine.answer

try:
    from _pkg_broken import _fine, _missing_name
except ImportError as e:
    print 'ImportError:', e

# A plain module (not a package) has no submodules.
try:
    from _pkg_broken._fine import answer, _other
except ImportError as e:
    print 'ImportError:', e

# A second attempt runs the failing submodule again.
try:
    from _pkg_broken import _inner_fails
except ImportError as e:
    print 'again:', e
