# A parameter declared global is a compile-time error.
def f(a):
    global a
    return a
print f(1)
