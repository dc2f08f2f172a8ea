# A `global` statement in a nested function also makes the module's own code
# use the globals (seen with exec and separate dicts); reading a function's
# own cell before assignment is an UnboundLocalError, a free one a NameError.
CODE = """def f():
    y = 1
    def g():
        global y
        return y
    def h():
        return y + 1
    return g, h

y = 9
g, h = f()
result9 = g()
result2 = h()
"""
glob, loc = {}, {}
exec CODE in glob, loc
print loc["result2"], loc["result9"], sorted(k for k in glob if k != '__builtins__'), sorted(loc)

def outer():
    try:
        print y
    except UnboundLocalError as e:
        print type(e).__name__, e
    def inner():
        return y
    y = 1
    return inner()
print outer()

def outer2():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print type(e).__name__, e
    y = 1
outer2()
