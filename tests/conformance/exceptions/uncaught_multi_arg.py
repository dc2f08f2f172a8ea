# Uncaught exception with several arguments.
def check(a, b):
    if a != b:
        raise ValueError('mismatch', a, b)

check(1, 1)
print 'first check passed'
check(1, 2)
