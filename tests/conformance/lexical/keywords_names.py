# Identifiers, keywords as attribute-like names, and builtin shadowing.
_private = 1
__dunder = 2
CamelCase = 3
a1b2 = 4
print _private, __dunder, CamelCase, a1b2
True_ = 'not a keyword'
print True_
print_ = 'print_ is a name'
print print_
None_ = None
print None_ is None
len_ = len
print len_('abc')
def list_(x): return [x]
print list_(5)
x = 5 if True else 6
print x
print not 0, not 1
print 1 if 0 else 2
