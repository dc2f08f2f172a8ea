# Finally runs, then a new exception from an except clause is uncaught.
def f():
    try:
        raise ValueError('first')
    finally:
        print 'cleaning up'
def g():
    try:
        f()
    except ValueError:
        raise TypeError('second')
g()
