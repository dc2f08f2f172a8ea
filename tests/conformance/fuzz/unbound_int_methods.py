# Found by the fuzzer: int.bit_length / int.conjugate called unbound without
# a receiver crashed minipy (index out of bounds) instead of raising.
def show(label, f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=>', repr(r)

for cls in (int, long, bool):
    show(cls.__name__ + '.bit_length()', cls.bit_length)
    show(cls.__name__ + '.conjugate()', cls.conjugate)
    show(cls.__name__ + '.bit_length(maxsplit=1)', lambda: cls.bit_length(maxsplit=1))
show('int.bit_length(7)', int.bit_length, 7)
show('int.bit_length(-255)', int.bit_length, -255)
show('long.bit_length(2**70)', long.bit_length, 2**70)
show('bool.bit_length(True)', bool.bit_length, True)
show('int.conjugate(-3)', int.conjugate, -3)
show('long.conjugate(2**65)', long.conjugate, 2**65)
show('int.bit_length("x")', int.bit_length, 'x')
show('(0).bit_length()', (0).bit_length)
