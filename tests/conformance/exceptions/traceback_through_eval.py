# An uncaught error inside eval and exec code: frames named <string>.
def f():
    return eval("1 + g()")
def g():
    exec "x = 1\ny = x / 0"
f()
