# int.bit_length, float.is_integer/as_integer_ratio/hex/fromhex.
print (255).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 64).bit_length()
print (3.0).is_integer(), (3.5).is_integer()
print (2.5).as_integer_ratio(), (0.1).as_integer_ratio()
print (1.5).hex(), float.fromhex('0x1.8p1')
print (10).conjugate(), (10).real, (10).imag, (10).numerator, (10).denominator
