# Exceptions propagating through nested function calls.
def level3(x):
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x * 2
def level2(x):
    try:
        return level3(x) + 1
    finally:
        print 'level2 cleanup', x
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print 'level1 handled:', e
        return -1
print level1(5)
print level1(-5)
def catches_wrong_type():
    try:
        level3(-1)
    except TypeError:
        print 'wrong'
try:
    catches_wrong_type()
except ValueError as e:
    print 'propagated to top:', e
def raiser():
    raise IndexError('from generator-helper')
def calls_in_loop():
    results = []
    for i in range(4):
        try:
            if i == 2:
                raiser()
            results.append(i)
        except IndexError:
            results.append('err')
    return results
print calls_in_loop()
def recurse(n):
    if n == 0:
        raise RuntimeError('bottom reached')
    try:
        recurse(n - 1)
    finally:
        print 'unwinding', n
try:
    recurse(3)
except RuntimeError as e:
    print e
