# Flat chains CPython 2.7 compiles (its parser keeps `a+a+...`, `a.b.c...`,
# `f()()...` flat; only its C stack ends them, near 100,000 terms) compile
# and run here too, also when compiled on a thread, where the stack is small.
import threading

class Chain(object):
    def __getattr__(self, name):
        return self
    def __call__(self):
        return self
    def __getitem__(self, i):
        return self
    def __repr__(self):
        return 'Chain'

def build(n, pat):
    if pat in ('.b', '()', '[0]'):
        return 'a' + pat * n
    return '1' + pat * n

def run(n, pat):
    try:
        return repr(eval(build(n, pat), {'a': Chain()}))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for n in [999, 1000, 5000, 10000]:
    for pat in ['+1', '-1', '*1', '|1', '<<0', '.b', '()', '[0]', ' or 1', ' and 1', ' < 2']:
        print n, repr(pat), run(n, pat)

# exec of a module-sized source with one long line
src = 'x = 0' + ' + 1' * 10000 + '\ny = a' + '.b' * 3000 + '\n'
ns = {'a': Chain()}
exec compile(src, '<chain>', 'exec') in ns
print ns['x'], ns['y']

# the same on a thread
out = []
t = threading.Thread(target=lambda: out.append((run(10000, '+1'), run(10000, '.b'), run(10000, '()'))))
t.start()
t.join()
print out
