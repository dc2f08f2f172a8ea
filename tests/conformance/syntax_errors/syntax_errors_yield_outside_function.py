# 'yield' outside function, found by the compiler: no caret line.
x = 1
value = (yield x)
