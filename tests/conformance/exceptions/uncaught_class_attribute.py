# Uncaught AttributeError on a class object.
class A(object):
    x = 1
print A.x
print A.y
