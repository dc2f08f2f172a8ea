# A def whose body is not indented, after some valid code.
print "ok"
def f():
return 1
