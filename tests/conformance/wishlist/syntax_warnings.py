# SyntaxWarnings go to stderr at compile time; the program still runs.
def f():
    x = 1
    global x
    return x
assert (1, 'always true')
print f()
