# try/except/else/finally in all combinations.
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print run(False)
print run(True)
try:
    print 'try only with finally'
finally:
    print 'finally'
try:
    x = 1
except Exception:
    print 'not here'
else:
    print 'else, x =', x
def inner_raise():
    try:
        raise KeyError('k')
    finally:
        print 'finally before propagating'
try:
    inner_raise()
except KeyError as e:
    print 'caught outside:', repr(e)
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print 'wrong handler'
    finally:
        print 'inner finally'
except TypeError as e:
    print 'outer caught', e
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise IndexError('second')
except IndexError as e:
    print 'replaced by', type(e).__name__, e
try:
    pass
except:
    pass
else:
    print 'bare except clause not triggered'
try:
    raise RuntimeError('bare except catches')
except:
    print 'bare except caught it'
