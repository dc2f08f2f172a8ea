# A binary operator with no right operand at the end of a line.
def f(x):
    return x +
print f(1)
