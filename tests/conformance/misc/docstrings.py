"""Module docstring for docstrings.py."""
# __doc__ on modules, functions, classes and methods.
def documented():
    """Function docstring.

    With a second paragraph.
    """
    return 1
def not_documented():
    x = 'not a docstring'
    return x
class Klass(object):
    """Class docstring."""
    def method(self):
        "Method docstring in double quotes."
        return 2
class Bare(object):
    pass
print __doc__
print documented.__doc__
print repr(not_documented.__doc__)
print Klass.__doc__, Klass.method.__doc__, Klass().method.__doc__
print repr(Bare.__doc__)
lam = lambda: 0
print repr(lam.__doc__)
def first_expr_not_string():
    1
    "too late to be a docstring"
print repr(first_expr_not_string.__doc__)
