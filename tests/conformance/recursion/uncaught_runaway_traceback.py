# Uncaught runaway recursion: the whole long traceback and RuntimeError on stderr.
def f(n):
    return f(n + 1) + 1
print 'go'
f(0)
