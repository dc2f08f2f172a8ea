# Calls that leave trailing parameters to their defaults (the interpreter's
# short path for plain functions): values, shared mutable defaults, methods,
# closures, recursion, and the errors of calls short of required arguments.


def f(a, b=2, c=3):
    return a + b * 10 + c * 100


def shared(x, acc=[]):
    acc.append(x)
    return len(acc)


class K(object):
    def m(self, x, y=5):
        return x - y


def outer(base):
    def inner(a, b=base):
        return a * b
    return inner


def countdown(n, step=1):
    if n <= 0:
        return 0
    return 1 + countdown(n - step)


def required(a, b, c=1):
    return a, b, c


print f(1), f(1, 4), f(1, 4, 6)
print shared(1), shared(2), shared(3)
k = K()
print k.m(9), k.m(9, 1), K.m(k, 2)
print outer(3)(4), outer(3)(4, 5)
print countdown(50), countdown(50, 7)
sentinel = object()


def ident(x=sentinel):
    return x


print ident() is sentinel, ident(None)
total = 0
for i in range(1000):
    total += f(i) + f(i, i)
print total
for call in (lambda: f(), lambda: required(1), lambda: required(), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print e
