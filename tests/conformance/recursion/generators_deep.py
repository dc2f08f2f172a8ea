# Recursion through generators and the limit.
def nested_gen(n):
    if n == 0:
        yield 'bottom'
    else:
        for x in nested_gen(n - 1):
            yield x
print list(nested_gen(200))
def runaway_gen():
    for x in runaway_gen():
        yield x
try:
    list(runaway_gen())
except RuntimeError as e:
    print 'runaway generator:', 'maximum recursion depth exceeded' in str(e)
print 'still alive'
