# Decimal.__format__ (the full spec mini-language, locale dicts for 'n'),
# power's rounding modes and exact results, fma's NaN order, numbers ABC.
from decimal import Decimal, Context, getcontext, InvalidOperation
from decimal import ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP
import decimal
import numbers

cases = [
    ('e', '0E-15'), ('e', '2.30E+2'), ('e', '-15'), ('.6e', '0E-15'), ('.6e', '0'),
    ('.6e', '9.9999999'), ('f', '0E1'), ('f', '3.200E2'), ('.0f', '0e-2'),
    ('.7f', '3.14159265'), ('g', '0E-7'), ('G', '0E1'), ('.0g', '3.14159265'),
    ('.3%', '1.234567'), ('%', '0E-3'), ('+g', 'NaN456'), ('.3e', 'Inf'),
    ('=+6', '123'), ('#<+10', '0.0130'), ('/= 10', '45.6'), ('?^5', '123'),
    ('08,', '123456'), ('+09,', '123456'), ('012,', '1234.56'), ('08,.1f', '1234.5'),
    (',%', '123.456789'), (',e', '123456'), ('a=-7.0', '0.12345'),
    ('<^+15.20%', 'inf'), ('=10.10%', 'NaN123'), ('', '1.00'), ('.3', '3.14159'),
    ('10', '-0.0'), ('>12.3E', '123456789'),
]
for spec, value in cases:
    print repr(spec), value, repr(format(Decimal(value), spec))
for spec in ('x', '.f', '0<5', 'a05', '1.2.3', ',n', '#g', '005', '.01f'):
    try:
        format(Decimal(1), spec)
    except ValueError as e:
        print 'ValueError', e

en = {'decimal_point': '.', 'grouping': [3, 3, 0], 'thousands_sep': ','}
fr = {'decimal_point': ',', 'grouping': [127], 'thousands_sep': ''}
crazy = {'decimal_point': '&', 'grouping': [1, 4, 2, 127], 'thousands_sep': '-'}
for conv in (en, fr, crazy):
    for spec in ('n', '.6n', '06n', '010n'):
        for value in ('12.7', '123456789', '1234567890123'):
            print spec, value, Decimal.__format__(Decimal(value), spec, _localeconv=conv)

for r in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP):
    c = Context(prec=7, rounding=r)
    for a, b in (('4', '0.5'), ('17', '81.27115'), ('100', '1.5'), ('0.25', '0.5'),
                 ('1.21', '0.5'), ('16', '-0.25'), ('2', '0.5'), ('1.0000005', '1.0')):
        c.clear_flags()
        x = c.power(Decimal(a), Decimal(b))
        print r, a, b, x, sorted(k.__name__ for k, v in c.flags.items() if v)

c = Context(prec=9)
c.traps[InvalidOperation] = 0
print c.fma(0, Decimal('Inf'), Decimal('sNaN123'))
print c.fma(Decimal('NaN1'), 2, Decimal('sNaN7'))
print c.fma(2, 3, Decimal('NaN5'))
print c.power(Decimal(1), Decimal('-0'), Decimal(-1))
print c.power(Decimal(3), Decimal('-1'), Decimal(7))
c.traps[InvalidOperation] = 1
try:
    c.fma(Decimal('Inf'), 0, 1)
except InvalidOperation as e:
    print 'InvalidOperation', e

print issubclass(Decimal, numbers.Number), issubclass(Decimal, numbers.Real)
print isinstance(Decimal(0), numbers.Number), isinstance(Decimal(0), numbers.Real)
