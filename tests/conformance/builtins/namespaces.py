# globals(), locals(), vars() and dir() without arguments.
g_value = 'global'
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print f(1)
def g():
    x = 1
    return sorted(k for k in locals())
print g()
print 'g_value' in globals(), globals()['g_value'], '__name__' in globals(), globals()['__name__']
globals()['injected'] = 'via globals()'
print injected
def h():
    return sorted(vars().keys())
print h()
print locals() is globals()
def k():
    inner = 5
    return [n for n in dir() if not n.startswith('_')]
print k()
print 'f' in dir(), 'nonexistent' in dir()
