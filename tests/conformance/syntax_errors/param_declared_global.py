# A parameter declared global is a SyntaxError reported at the def line.
def f(x):
    print x
    global x
