# Uncaught ZeroDivisionError three calls deep, after some output.
def level3(x):
    return 10 / x
def level2(x):
    return level3(x - 1) + 1
def level1(x):
    result = level2(x)
    return result
print "start"
print level1(5)
level1(1)
print "never"
