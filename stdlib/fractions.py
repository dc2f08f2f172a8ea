"""Rational numbers: the Fraction class."""

from __future__ import division
import math
import numbers
import operator

try:
    from decimal import Decimal
except ImportError:
    Decimal = None

__all__ = ['Fraction', 'gcd']

Rational = numbers.Rational

try:
    _complex = complex
except NameError:
    # No complex type: an empty tuple makes isinstance() answer False.
    _complex = ()


def gcd(a, b):
    """Greatest common divisor; it takes the sign of b when b is not 0."""
    while b:
        a, b = b, a % b
    return a


def _parse(text):
    """(numerator, denominator) written by a Fraction literal such as
    ' -3/4 ', '1.5e-3' or '.25', or None when it is not one."""
    s = text.strip()
    pos = 0
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        pos = 1

    def digits(at):
        end = at
        while end < len(s) and s[end] in '0123456789':
            end += 1
        return end

    head = s[pos:pos + 2]
    if not (head[:1].isdigit() or (head[:1] == '.' and head[1:2].isdigit())):
        return None
    end = digits(pos)
    numerator = int(s[pos:end] or '0')
    denominator = 1
    pos = end
    if s[pos:pos + 1] == '/':
        end = digits(pos + 1)
        if end == pos + 1:
            return None
        denominator = int(s[pos + 1:end])
        pos = end
    else:
        if s[pos:pos + 1] == '.':
            end = digits(pos + 1)
            fraction = s[pos + 1:end]
            if fraction:
                scale = 10 ** len(fraction)
                numerator = numerator * scale + int(fraction)
                denominator *= scale
            pos = end
        if s[pos:pos + 1] in ('e', 'E'):
            start = pos + 1
            if s[start:start + 1] in ('+', '-'):
                start += 1
            end = digits(start)
            if end == start:
                return None
            exponent = int(s[pos + 1:end])
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            pos = end
    if pos != len(s):
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction(Rational):
    """A rational number numerator/denominator in lowest terms, with a
    positive denominator.

    Fraction(3, 4), Fraction('-3/4'), Fraction('1.5e-2'), Fraction(0.5),
    Fraction(Fraction(1, 2)) are all accepted."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if isinstance(numerator, Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float):
                exact = Fraction.from_float(numerator)
                self._numerator = exact._numerator
                self._denominator = exact._denominator
                return self
            elif Decimal is not None and isinstance(numerator, Decimal):
                exact = Fraction.from_decimal(numerator)
                self._numerator = exact._numerator
                self._denominator = exact._denominator
                return self
            elif isinstance(numerator, basestring):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' %
                                     numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif (isinstance(numerator, Rational) and
              isinstance(denominator, Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        common = gcd(numerator, denominator)
        self._numerator = numerator // common
        self._denominator = denominator // common
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        if math.isnan(f) or math.isinf(f):
            raise TypeError("Cannot convert %r to %s." % (f, cls.__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif Decimal is None or not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        if not dec.is_finite():
            raise TypeError("Cannot convert %s to %s." % (dec, cls.__name__))
        sign, digits, exp = dec.as_tuple()
        value = int(''.join(map(str, digits)))
        if sign:
            value = -value
        if exp >= 0:
            return cls(value * 10 ** exp)
        return cls(value, 10 ** -exp)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: (lo_n/lo_d, hi_n/hi_d) are
        # the last two convergents, stopping before a denominator too big.
        lo_n, lo_d, hi_n, hi_d = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            q = n // d
            next_d = lo_d + q * hi_d
            if next_d > max_denominator:
                break
            lo_n, lo_d, hi_n, hi_d = hi_n, hi_d, lo_n + q * hi_n, next_d
            n, d = d, n - q * d
        k = (max_denominator - lo_d) // hi_d
        semi = Fraction(lo_n + k * hi_n, lo_d + k * hi_d)
        convergent = Fraction(hi_n, hi_d)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _binary(exact, inexact):
        """The forward and reflected methods of one arithmetic operator:
        `exact` on two Fractions, `inexact` (the operator module's) when a
        float or complex takes part."""

        def forward(a, b):
            if isinstance(b, (int, long, Fraction)):
                return exact(a, b)
            elif isinstance(b, float):
                return inexact(float(a), b)
            elif isinstance(b, _complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + inexact.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, Rational):
                return exact(a, b)
            elif isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            elif isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + inexact.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, operator.add)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    __sub__, __rsub__ = _binary(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    __mul__, __rmul__ = _binary(_mul, operator.mul)

    def _div(a, b):
        return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)

    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)
    __div__, __rdiv__ = _binary(_div, operator.div)

    def __floordiv__(a, b):
        quotient = a / b
        if isinstance(quotient, Rational):
            return quotient.numerator // quotient.denominator
        return math.floor(quotient)

    def __rfloordiv__(b, a):
        quotient = a / b
        if isinstance(quotient, Rational):
            return quotient.numerator // quotient.denominator
        return math.floor(quotient)

    def __mod__(a, b):
        return a - b * (a // b)

    def __rmod__(b, a):
        return a - b * (a // b)

    def __pow__(a, b):
        if isinstance(b, Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power)
                return Fraction(a._denominator ** -power,
                                a._numerator ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        if self == float(self):
            return hash(float(self))
        return hash((self._numerator, self._denominator))

    def __eq__(a, b):
        if isinstance(b, Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, _complex):
            raise TypeError("no ordering relation is defined for complex numbers")
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __nonzero__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _binary, _add, _sub, _mul, _div
