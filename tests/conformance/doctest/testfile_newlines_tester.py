# doctest.testfile reads with universal newlines (\r and \r\n files work);
# the old Tester class warns that it is deprecated.
import doctest
import os
import tempfile
import warnings

body = 'Text.\n\n  >>> 1 + 1\n  2\n  >>> x = [1,\n  ...      2]\n  >>> x\n  [1, 2]\n'
for newline in ('\n', '\r\n', '\r'):
    fd, name = tempfile.mkstemp()
    os.write(fd, body.replace('\n', newline))
    os.close(fd)
    try:
        print repr(newline), doctest.testfile(name, module_relative=False, verbose=False)
    finally:
        os.remove(name)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t = doctest.Tester(globs={'y': 3})
    print [(x.category.__name__, str(x.message)) for x in w]
    try:
        doctest.Tester()
    except TypeError as e:
        print 'TypeError', e
print t.runstring('>>> y * 2\n6\n', 'example')
