# ZeroDivisionError messages for every operator and type.
cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('1L / 0', lambda: 1L / 0),
    ('1L % 0L', lambda: 1L % 0L),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0.0', lambda: 1.0 % 0.0),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0.0 ** -1', lambda: 0.0 ** -1),
]
for text, fn in cases:
    try:
        fn()
        print text, 'no error'
    except ZeroDivisionError as e:
        print text, '->', type(e).__name__ + ':', e
try:
    x = 5
    x /= 0
except ZeroDivisionError as e:
    print 'augmented:', e
print isinstance(ZeroDivisionError(), ArithmeticError)
