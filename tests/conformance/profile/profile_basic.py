import cProfile, profile, pstats, sys
from StringIO import StringIO

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def helper(x):
    return x * 2

def work():
    total = 0
    for i in range(10):
        total += helper(i)
    return total + fib(6)

def gen():
    for i in range(3):
        yield i

def show(stats_obj, *amount):
    # Python functions only (CPython also lists built-ins), times masked.
    out = StringIO()
    stats_obj.stream = out
    stats_obj.print_stats(*amount)
    for line in out.getvalue().splitlines():
        if 'function calls' in line or '{' in line or '<string>' in line:
            continue
        if 'List reduced' in line:
            print '   List reduced'
        elif line.startswith('   Ordered by') or 'ncalls' in line:
            print line
        elif '(' in line:
            fields = line.split()
            print fields[0].rjust(9), fields[-1]

def python_entries(stats):
    return sorted((k[2], v[0], v[1]) for k, v in stats.items() if k[2] in ('fib', 'helper', 'work', 'gen'))

p = cProfile.Profile()
print p.runcall(work)
p.create_stats()
print python_entries(p.stats)

p = cProfile.Profile()
p.enable()
list(gen())
work()
p.disable()
st = pstats.Stats(p)
show(st.strip_dirs().sort_stats('calls'))
show(st.sort_stats('name'))
show(st.sort_stats(-1))
show(st.sort_stats('cumulative', 'name'), 2)
show(st.sort_stats('nfl'), 'fib')

p2 = profile.Profile()
p2.runctx("work()", globals(), {})
print python_entries(pstats.Stats(p2).stats)

try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print "TypeError:", str(e).split(' <')[0]
print pstats.func_std_string(('~', 0, '<len>')), pstats.func_std_string(('a.py', 3, 'f')), pstats.f8(1.5)
