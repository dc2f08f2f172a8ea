# unicode's slot wrappers and METH_NOARGS methods refuse wrong argument
# counts in 2.7's words (u''.__add__() is "expected 1 arguments, got 0",
# not a coercion error; u''.__mul__(1, 2) is refused, not repeated).
names = sorted(n for n in dir(u'') if n.startswith('__') and n not in (
    '__class__', '__doc__', '__new__', '__init__', '__subclasshook__', '__setattr__',
    '__delattr__', '__reduce__', '__reduce_ex__', '__getattribute__', '__sizeof__'))
for n in names:
    for args in [(), (1, 2), (1, 2, 3)]:
        try:
            r = getattr(u'ab', n)(*args)
            print n, len(args), 'ok', type(r).__name__
        except Exception as e:
            print n, len(args), type(e).__name__, e
print u'ab'.__add__(u'c'), u'ab'.__mul__(2), u'ab'.__rmul__(2), u'ab'.__getitem__(1), u'%s!'.__mod__(1)
print u'abc'.__getslice__(1, 2), u'ab'.__format__(u'>4'), u'ab'.__getnewargs__()
