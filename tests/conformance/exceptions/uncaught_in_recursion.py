# Uncaught NameError at the bottom of a short recursion.
def fact(n):
    if n == 0:
        return undefined_base
    return n * fact(n - 1)
print fact(3)
