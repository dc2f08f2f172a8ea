# A positional argument after a keyword argument.
def f(x):
    return x

f(x=1, 2)
