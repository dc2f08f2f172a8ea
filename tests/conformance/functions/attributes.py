# Function attributes: __name__, __doc__, custom attributes, func_ aliases.
def documented(a, b=2):
    """Adds things."""
    return a + b
def undocumented():
    pass
print documented.__name__, documented.__doc__, undocumented.__doc__
documented.custom = 'attr'
print documented.custom, getattr(documented, 'missing', 'default')
print documented.func_name, documented.func_doc
print documented.__defaults__, documented.func_defaults, undocumented.__defaults__
print callable(documented), callable(5)
f = documented
print f.__name__, f(1)
def rename():
    pass
rename.__name__ = 'renamed'
print rename.__name__
print type(documented).__name__
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print counter.calls
print documented.__module__
