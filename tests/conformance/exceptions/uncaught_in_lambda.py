# Uncaught ZeroDivisionError inside a lambda from a dict of operations.
ops = {'add': lambda a, b: a + b, 'div': lambda a, b: a / b}
print ops['add'](1, 2)
print ops['div'](1, 0)
