# Different forms of raise.
def show(fn):
    try:
        fn()
    except Exception as e:
        print type(e).__name__, repr(str(e)), e.args
def r1():
    raise ValueError, 'comma form'
def r2():
    raise ValueError('call form')
def r3():
    raise ValueError
def r4():
    raise ValueError, ('tuple', 'args')
def r5():
    raise KeyError, 'key'
def r6():
    e = IndexError('instance')
    raise e
def r7():
    raise TypeError('a', 'b', 3)
def r8():
    raise Exception()
for f in [r1, r2, r3, r4, r5, r6, r7, r8]:
    show(f)
def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        print 'handling, then re-raising'
        raise
show(reraise)
def reraise_other():
    try:
        raise ValueError('v')
    except ValueError as e:
        raise RuntimeError('wrapped: %s' % e)
show(reraise_other)
class MyErr(Exception):
    pass
try:
    raise MyErr, 'custom comma'
except MyErr as e:
    print 'MyErr', e
try:
    raise 'string exception'
except TypeError as e:
    print 'TypeError:', e
try:
    raise 42
except TypeError as e:
    print 'TypeError:', e
