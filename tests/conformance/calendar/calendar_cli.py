# python -m calendar: the options (css, encoding, locale needing encoding)
# and its errors, run as a child process.
import subprocess
import sys

def run(*args):
    p = subprocess.Popen([sys.executable, '-m', 'calendar'] + list(args),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    return p.returncode, out, err

code, out, err = run('-t', 'html', '--css', 'custom.css', '2004')
print code, [l for l in out.splitlines() if 'stylesheet' in l or 'encoding=' in l]
code, out, err = run('-t', 'html', '-e', 'utf-8', '2004')
print code, out.splitlines()[0]
code, out, err = run('--encoding', 'utf-16-le', '2004', '2')
print code, repr(out[:40])
code, out, err = run('2004', '2')
print code, out
for args in (['-L', 'en'], ['-e'], ['-t', 'xml'], ['1', '2', '3']):
    code, out, err = run(*args)
    print args, code, repr(out), err.splitlines()[-1]
