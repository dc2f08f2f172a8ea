# The same parameter name twice in a def.
def f(a, a):
    pass
