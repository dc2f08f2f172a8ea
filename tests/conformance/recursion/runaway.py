# Unbounded recursion raises RuntimeError: maximum recursion depth exceeded.
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print 'RuntimeError caught'
    print 'maximum recursion depth exceeded' in str(e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print 'mutual:', 'maximum recursion depth exceeded' in str(e)
depth = [0]
def tracked():
    depth[0] += 1
    tracked()
try:
    tracked()
except RuntimeError:
    print 'depth reached is large:', depth[0] > 500, depth[0] < 1001
def after():
    return 'the interpreter still works after the error'
print after()
try:
    down(0)
except RuntimeError:
    print 'second overflow also caught'
