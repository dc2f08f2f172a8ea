# ArgumentParser(version=...), format_version and print_version still work
# in 2.7 but warn that they are deprecated.
import argparse
import warnings
import StringIO

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = argparse.ArgumentParser(prog='P', version='1.0')
    print repr(p.format_version())
    s = StringIO.StringIO()
    p.print_version(s)
    print repr(s.getvalue())
    for x in w:
        print x.category.__name__, x.message, x.filename.endswith('.py')
    import sys
    err, sys.stderr = sys.stderr, StringIO.StringIO()
    try:
        p.parse_args(['--version'])
    except SystemExit as e:
        print 'exit', e.code, repr(sys.stderr.getvalue())
    finally:
        sys.stderr = err
    q = argparse.ArgumentParser(prog='Q')
    print len(w)
