# In a statement spanning several lines, the traceback names the line of the
# last sub-expression evaluated before the error.
def divide(a,
           b):
    return (a /
            b)
result = divide(
    10,
    0)
