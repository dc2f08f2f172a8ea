# format() and str.format of complex numbers.
specs = ['', 'g', 'n', '.2f', '10.2f', '<20', '>20', '^20', '*^20', '+', ' ', '-', '+.3e', '.3E',
         'F', 'G', '.0f', '20g', ',', ',.2f', '.12g', '.17g', 'e', 'f', '<30.3e']
values = [1 + 2j, 1j, -1j, 1.5j, -1.5 - 0j, complex(-0.0, 1), 1e6 + 1j, 123456.789 - 0.000123j,
          complex(float('inf'), float('nan')), complex(0, -0.0), 1e20j, 3 + 0j]
for v in values:
    print repr(v), ' '.join('[%s]' % format(v, s) for s in specs)
bad = ['%', '010', '=10', '#', 'd', 'x', 's', ',n', 'c', '0<10']
for s in bad:
    try:
        print format(1 + 2j, s)
    except ValueError as e:
        print repr(s), 'ValueError', e
print '{0} {0:.1f} {1!r} {1!s:>12} {0.real} {0.imag}'.format(1.25 + 2.5j, -1j)
print '{:^16}|{:>10.3}|'.format(1 + 1j, 2j)
