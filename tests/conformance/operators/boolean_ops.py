# and/or/not return operands; short circuiting; truthiness.
print 1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or '', '' and 0
print [] or 'default', [0] or 'default', None or 0 or [] or 'last'
print 'a' and 'b' and 'c', 'a' and '' and 'c'
print not 0, not 1, not [], not [0], not '', not 'x', not None
print type(not 1).__name__
def t(name, v):
    print 'eval', name,
    return v
print t('a', 0) and t('b', 1)
print t('a', 1) or t('b', 0)
print t('a', 1) and t('b', 2) and t('c', 0) and t('d', 3)
for v in [0, 0L, 0.0, '', [], (), {}, None, False, set(), 1, -1, 'x', [[]], (0,), {0: 0}, 0.1]:
    print repr(v), bool(v)
x = None
print x or 'fallback', x and x.foo
