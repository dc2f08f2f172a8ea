# Python 3 keyword-only '*' marker in a def.
def f(a, *, b): pass
