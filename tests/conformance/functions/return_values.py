# Return values: None, multiple values, early return.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i == 3:
            return 'early at %d' % i
    return 'finished'
print nothing(), bare(), multi(), early(10), early(2)
a, b, c = multi()
print a, b, c
def returns_function():
    def inner():
        return 'inner result'
    return inner
print returns_function()()
def nested_return():
    try:
        return 'from try'
    finally:
        print 'finally runs before return completes'
print nested_return()
def conditional(x):
    if x:
        return 'yes'
print conditional(1), conditional(0)
