# Slot wrappers (list.__len__, int.__add__, set.__or__ ...) refuse a wrong
# number of arguments in their own words; the few dunders that are ordinary
# methods in 2.7 (list.__getitem__, dict.__contains__) use the method wording.
def t(label, f):
    try:
        print label, '=>', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

vals = [1, 1L, 1.5, 1j, True, [1], (1,), {1: 2}, set([1]), frozenset([1]), bytearray('ab'), xrange(3), 'ab']
names = ['__len__', '__repr__', '__str__', '__iter__', '__hash__', '__add__', '__iadd__', '__mul__', '__rmul__',
         '__imul__', '__eq__', '__ne__', '__lt__', '__ge__', '__cmp__', '__and__', '__or__', '__isub__',
         '__contains__', '__getitem__', '__setitem__', '__delitem__', '__pow__', '__rpow__', '__neg__', '__mod__']
for v in vals:
    for n in names:
        m = getattr(v, n, None)
        if m is None or (v == 'ab' and n in ('__mul__', '__rmul__')) or n == '__hash__' and type(v) is bytearray:
            continue
        for args in [(), (1, 2, 3, 4)]:
            t('%s.%s%r' % (type(v).__name__, n, args), lambda: m(*args) and None)
t('dict.__cmp__ unbound', lambda: dict.__cmp__({}))
t('object.__str__ extra', lambda: object().__str__(1))
t('object.__repr__ no self', lambda: object.__repr__())
t('int.__add__ keyword', lambda: (1).__len__(x=1) if hasattr(1, '__len__') else (1).__hash__(x=1))
