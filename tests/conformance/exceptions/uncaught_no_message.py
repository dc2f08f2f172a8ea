# Uncaught exception without a message, raised as a class.
def f():
    raise StopIteration

print 'about to raise'
f()
