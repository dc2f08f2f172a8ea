# trace: line counts, called functions and caller pairs of a traced run,
# the .cover report with --missing marks, and py_compile's syntax errors.
import os
import shutil
import sys
import tempfile
import trace
import py_compile


def linear(x, y):
    a = x
    b = y
    return a + b


def loop(n):
    c = 0
    for i in range(n):
        c += i
    return c


class Thing(object):
    def method(self, v):
        return linear(v, v)


def main():
    linear(1, 2)
    loop(3)
    Thing().method(4)


first = main.func_code.co_firstlineno
t = trace.Trace(count=1, trace=0)
t.runfunc(main)
counts = t.results().counts
for (fname, line), n in sorted(counts.items()):
    # Only this file: the tracer's own lines differ between builds.
    if os.path.basename(fname) == 'trace_counts.py':
        print line - first, n

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(main)
print sorted(f for _, _, f in t.results().calledfuncs)

t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(main)
print sorted((a[2], b[2]) for a, b in t.results().callers)

print trace.modname('/a/b/c.py'), trace.fullmodname(os.path.join(sys.path[0] or '.', 'pkg', 'mod.py'))

# A report of a small module written to a temporary directory.
d = tempfile.mkdtemp()
try:
    src = os.path.join(d, 'cov_sample.py')
    f = open(src, 'w')
    f.write('def f(x):\n'
            '    """Doc."""\n'
            '    if x:\n'
            '        return 1\n'
            '    # comment\n'
            '    return 2\n'
            '\n'
            'f(1)\n')
    f.close()
    t = trace.Trace(count=1, trace=0)
    code = compile(open(src).read(), src, 'exec')
    t.runctx(code, {'__file__': src, '__name__': 'cov_sample'}, None)
    results = t.results()
    results.counts = dict((k, v) for k, v in results.counts.items() if k[0] == src)
    results.write_results(show_missing=True, summary=False, coverdir=None)
    print open(os.path.join(d, 'cov_sample.cover')).read()

    bad = os.path.join(d, 'bad.py')
    open(bad, 'w').write('def f(:\n    pass\n')
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError, e:
        print e.exc_type_name, str(e).replace(d, 'DIR')
finally:
    shutil.rmtree(d)
