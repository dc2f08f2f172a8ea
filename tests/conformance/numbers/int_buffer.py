# int() and long() of buffer and bytearray objects parse their bytes.
print repr(int(buffer('123', 1, 2))), repr(long(buffer('123 ', 1, 2))), repr(int(buffer('1234', 1, 2)))
print repr(int(buffer('123\x00', 1, 2))), repr(int(bytearray(' 100 '))), repr(long(bytearray('7')))
print repr(int(buffer('9' * 30)))
for f in (int, long):
    for arg in (buffer('A' * 16), bytearray('1.5')):
        try:
            f(arg)
        except ValueError as e:
            print e
    try:
        f(buffer('12'), 2)
    except TypeError as e:
        print e
