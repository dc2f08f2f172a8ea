import atexit
out = []
atexit.register(out.append, 1)
atexit.register(out.append, 2)
atexit._run_exitfuncs()
print out, atexit._exithandlers
def bad():
    raise KeyError('k')
atexit.register(out.append, 3)
print 'registered', len(atexit._exithandlers)
