# int() and long() parsing edge cases.
for s in ['0', '-0', '+7', ' 12 ', '007', '1000', '\t99\n']:
    print repr(s), int(s)
for s, b in [('ff', 16), ('0xff', 16), ('0XFF', 0), ('0o17', 8), ('0o17', 0), ('017', 0), ('0b101', 0),
             ('z', 36), ('Z', 36), ('-10', 2), ('12345678901234567890', 10), ('0', 0)]:
    r = int(s, b)
    print repr(s), b, r, type(r).__name__
for s, b in [('8', 8), ('g', 16), ('', 10), ('0x', 16), ('1.0', 10), ('--1', 10), ('12', 37)]:
    try:
        int(s, b)
        print 'no error', s
    except ValueError as e:
        print 'ValueError:', e
print long('12'), long(' 0 '), long('-99999999999999999999'), long('ff', 16)
print int(2.9), int(-2.9), int(1e15), int(-0.5), int(3L), int('3'), int(u'4')
print int(10 ** 30) == 10 ** 30, type(int(10 ** 30)).__name__, type(int(2.0 ** 70)).__name__
