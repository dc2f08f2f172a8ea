# return/break/continue interacting with nested try/except/finally in loops and generators.
def a():
    for i in range(3):
        try:
            if i == 0: continue
            if i == 1: raise ValueError('x')
        except ValueError:
            print 'handled at', i
            continue
        finally:
            print 'finally', i
    return 'a done'
print a()
def b():
    while True:
        try:
            try:
                return 'inner return'
            finally:
                print 'inner finally'
        finally:
            print 'outer finally'
print b()
def c():
    try:
        raise KeyError('k')
    except KeyError:
        return 'from except'
    finally:
        print 'finally after except return'
print c()
def d():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print 'd finally', i
    else:
        print 'no break'
    return i
print d()
def e():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print 'exception handled inside finally'
print e()
def f():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 10
        print 'x in finally', x
print f()
def g():
    try:
        try:
            1 / 0
        finally:
            print 'g inner finally'
    except ZeroDivisionError:
        return 'g caught'
print g()
def h():
    try:
        pass
    finally:
        return 'finally return'
print h()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print 'gen finally'
for v in gen():
    print 'got', v
def nested_loops():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1: break
            finally:
                print 'nl', i, j
        else:
            print 'inner else'
print nested_loops()
def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 5: break
        finally:
            pass
    else:
        return 'while else ran', n
print while_else()
