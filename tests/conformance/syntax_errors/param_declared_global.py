# A parameter declared global is a SyntaxError reported at the def line.
def f(x):
    global x
    return x
