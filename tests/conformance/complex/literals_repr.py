# Imaginary literals, constant folding of signs, and repr/str of complex numbers.
print 1j, 2.5J, 1e3j, 0j, .5j, 1.j, 10j
print repr(-1j), repr(-(1j)), repr(-0j), repr(-(0j)), repr(+1j)
print type(1j), type(1j) is complex, isinstance(2j, complex)
values = [1 + 2j, 1 - 2j, -1 - 2j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          1e16 + 1j, complex(1e17, 1), complex(1.5e16, 2.5e-7), 1j / 3, 0.1 + 0.2j * 3,
          complex(float('nan'), float('inf')), complex(float('-inf'), float('nan')),
          1e300 * 1e300j, complex(123456789012345, 0.000012345), complex(1e-5, 1e-4)]
for v in values:
    print repr(v), str(v), v
print [1j, 2 + 3j], (4j,), {5j: 1 - 1j}
print "%s %r" % (1 + 1j, 2 - 2j)
print str(1 + 1j / 3), repr(1 + 1j / 3)
# the real and imaginary parts
z = 3 - 4j
print z.real, z.imag, z.conjugate(), (1j).conjugate(), type(z.real)
print (2j).real, (2j).imag
# a constant shared in a code object
def f():
    return 1j, 1j, -2j
print f(), f()[0] == f()[1]
