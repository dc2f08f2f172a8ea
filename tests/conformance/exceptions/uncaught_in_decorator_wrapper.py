# Uncaught ValueError raised by a decorator's wrapper.
def require_positive(f):
    def wrapper(n):
        if n < 0:
            raise ValueError('negative: %d' % n)
        return f(n)
    return wrapper
@require_positive
def sqrt(n):
    return n ** 0.5
print sqrt(4)
print sqrt(-4)
