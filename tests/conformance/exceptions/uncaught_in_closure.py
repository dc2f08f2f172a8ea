# Uncaught AttributeError inside a nested function.
def outer():
    def inner(x):
        return x.undefined_attr
    return inner
f = outer()
class K(object): pass
f(K())
