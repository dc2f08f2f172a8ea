"""Decimal floating point arithmetic (the General Decimal Arithmetic model).

A Decimal is a sign, a coefficient (a string of digits) and an exponent;
arithmetic is exact up to the precision of the current Context, then rounded
by its rounding mode. Exceptional conditions are signals: each sets a flag in
the context and raises when the context traps it.
"""

from collections import namedtuple as _namedtuple
from decimal import _format as _decformat

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
]

__version__ = '1.70'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base of the decimal signals; handle() gives the untrapped result."""
    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """The exponent was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation with no meaningful result; the result is NaN."""
    def handle(self, context, *args):
        if args:
            # Keep the payload of a signaling NaN operand.
            return _dec(args[0]._sign, args[0]._int, 'n', True)._fix_nan(context)
        return _NaN


class ConversionSyntax(InvalidOperation):
    """A string that is not a number."""
    def handle(self, context, *args):
        return _NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero; the result is Infinity."""
    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    """An integer division whose quotient does not fit the precision."""
    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""
    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """The context was invalid for the operation."""
    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    """Rounding discarded digits (possibly zeros)."""


class Subnormal(DecimalException):
    """The result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent is too large to represent."""
    def handle(self, context, sign, *args):
        r = context.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if r == ROUND_CEILING:
                return _SignedInfinity[sign]
        elif r == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _dec(sign, '9' * context.prec, context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal]

_condition_map = {ConversionSyntax: InvalidOperation,
                  DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation,
                  InvalidContext: InvalidOperation}


# ---------------------------------------------------------------- thread contexts

try:
    import threading as _threading
    _local = _threading.local()
except ImportError:
    _local = None
    _by_thread = {}


def getcontext():
    """The current thread's context (a copy of DefaultContext at first)."""
    if _local is not None:
        try:
            return _local.context
        except AttributeError:
            ctx = Context()
            _local.context = ctx
            return ctx
    import thread
    key = thread.get_ident()
    ctx = _by_thread.get(key)
    if ctx is None:
        ctx = _by_thread[key] = Context()
    return ctx


def setcontext(context):
    """Makes context the current thread's context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if _local is not None:
        _local.context = context
    else:
        import thread
        _by_thread[thread.get_ident()] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None):
    """A with-statement context manager running its block under a copy of
    ctx (default: the current context)."""
    if ctx is None:
        ctx = getcontext()
    return _ContextManager(ctx)


# ---------------------------------------------------------------- helpers

def _dec(sign, coeff, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = special
    return d


def _round_up_needed(head, tail, mode, sign):
    """Whether dropping the digits `tail` (not all zeros) from `head` must
    increment head, under rounding mode."""
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    if mode == ROUND_05UP:
        return (head[-1:] or '0') in '05'
    first = tail[0]
    if first != '5':
        return first > '5'
    if tail[1:].strip('0'):
        return True
    if mode == ROUND_HALF_UP:
        return True
    if mode == ROUND_HALF_DOWN:
        return False
    return (head[-1:] or '0') in '13579'


def _round_digits(digits, keep, mode, sign):
    """Rounds the digit string to its first `keep` digits: (int value, changed,
    inexact). The value may have keep+1 digits after a carry."""
    head = digits[:keep]
    tail = digits[keep:]
    if not tail:
        return int(head or '0'), False, False
    if not tail.strip('0'):
        return int(head or '0'), True, False
    value = int(head or '0')
    if _round_up_needed(head, tail, mode, sign):
        value += 1
    return value, True, True


def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, long)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented


def _isqrt(n):
    if n <= 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def _iroot(n, k):
    """The integer k-th root of n >= 0, rounded down."""
    if n < 2:
        return n
    x = 1 << (n.bit_length() // k + 1)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _exact_power(base, other, result_sign, context):
    """base ** other (base finite and positive, other finite and not an
    integer) when that is a decimal of at most prec+1 digits, rounded to the
    context; None otherwise.  The spec asks for Inexact even then."""
    num, den = int(other._int), 10 ** -other._exp
    g = _gcd(num, den)
    num, den = num // g, den // g
    if other._sign:
        num = -num
    a, b = int(base._int), 1
    if base._exp >= 0:
        a *= 10 ** base._exp
    else:
        b = 10 ** -base._exp
    g = _gcd(a, b)
    a, b = a // g, b // g
    # a/b is a den-th power only if den <= log2 of a (or of b).
    if den > max(a.bit_length(), b.bit_length()):
        return None
    ra, rb = _iroot(a, den), _iroot(b, den)
    if ra ** den != a or rb ** den != b:
        return None
    if num < 0:
        ra, rb, num = rb, ra, -num
    if num * max(ra.bit_length(), rb.bit_length()) > 4 * (context.prec + 10):
        return None
    top, bottom = ra ** num, rb ** num
    twos = fives = 0
    while bottom % 2 == 0:
        bottom //= 2
        twos += 1
    while bottom % 5 == 0:
        bottom //= 5
        fives += 1
    if bottom != 1:
        return None
    shift = max(twos, fives)
    top *= 2 ** (shift - twos) * 5 ** (shift - fives)
    exp = -shift
    while top % 10 == 0:
        top //= 10
        exp += 1
    digits = str(top)
    if len(digits) > context.prec + 1:
        return None
    pad = context.prec + 1 - len(digits)
    ans = _dec(result_sign, digits + '0' * pad, exp - pad)._fix(context)
    context._raise_error(Inexact)
    return ans


def _parse(text):
    """(sign, coefficient digits, exponent or 'n'/'N'/'F') or None."""
    s = text.strip()
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, '0', 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            diag = s[len(prefix):]
            if diag and not diag.isdigit():
                return None
            return sign, diag.lstrip('0'), kind
    mantissa = s
    exp = 0
    epos = -1
    for i, c in enumerate(s):
        if c in 'eE':
            epos = i
            break
    if epos >= 0:
        mantissa = s[:epos]
        e = s[epos + 1:]
        body = e[1:] if e[:1] in ('+', '-') else e
        if not body or not body.isdigit():
            return None
        exp = int(e)
    if '.' in mantissa:
        intpart, _, frac = mantissa.partition('.')
    else:
        intpart, frac = mantissa, ''
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = (intpart + frac).lstrip('0') or '0'
    return sign, digits, exp - len(frac)


# ---------------------------------------------------------------- Decimal

def _reflected(name):
    """The reflected form of the binary operator method `name`: other op self."""
    def method(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal(object):
    """An immutable decimal floating point number."""

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, basestring):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(ConversionSyntax,
                                            "Invalid literal for Decimal: %r" % value)
            self._sign, self._int, self._exp = parsed
            if isinstance(self._int, unicode):
                # parsed from unicode: the digits are kept as str, so that
                # str() and to_eng_string() give str
                try:
                    self._int = self._int.encode('ascii')
                except UnicodeError:
                    self._int = ''.join([str(int(c)) for c in self._int])
            if isinstance(self._exp, unicode):
                self._exp = str(self._exp)
            self._is_special = parsed[2] in ('n', 'N', 'F')
            return self
        if isinstance(value, (int, long)):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal '
                                 'from list or tuple.  The list or tuple '
                                 'should have exactly three elements.')
            if not (isinstance(value[0], (int, long)) and value[0] in (0, 1)):
                raise ValueError("Invalid sign.  The first value in the tuple "
                                 "should be an integer; either 0 for a "
                                 "positive number or 1 for a negative number.")
            digits = []
            for d in value[1]:
                if isinstance(d, (int, long)) and 0 <= d <= 9:
                    if digits or d != 0:
                        digits.append(str(d))
                else:
                    raise ValueError("The second value in the tuple must "
                                     "be composed of integers in the range "
                                     "0 through 9.")
            self._sign = value[0]
            if value[2] == 'F':
                self._int, self._exp, self._is_special = '0', 'F', True
            elif value[2] in ('n', 'N'):
                self._int, self._exp, self._is_special = ''.join(digits), value[2], True
            elif isinstance(value[2], (int, long)):
                self._int = ''.join(digits) or '0'
                self._exp = value[2]
                self._is_special = False
            else:
                raise ValueError("The third value in the tuple must "
                                 "be an integer, or one of the "
                                 "strings 'F', 'n', 'N'.")
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            return cls.from_float(value)
        raise TypeError("Cannot convert %r to Decimal" % value)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, (int, long)):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if (f < 0 or (f == 0 and str(f).startswith('-'))) else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        # n / 2**k == n * 5**k / 10**k
        result = _dec(sign, str(n * 5 ** k), -k)
        if cls is Decimal:
            return result
        return cls(result)

    # ------------------------------------------------ predicates and parts

    def _isnan(self):
        if self._is_special:
            if self._exp == 'n':
                return 1
            if self._exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        return not self._int[self._exp:].strip('0')

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or self._int == '0':
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == '0':
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def canonical(self, context=None):
        return self

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        sign = '-' if self._sign else '+'
        if self._isinfinity():
            return sign + "Infinity"
        if self.is_zero():
            return sign + "Zero"
        if context is None:
            context = getcontext()
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def __nonzero__(self):
        return self._is_special or self._int != '0'

    # ------------------------------------------------ text

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._int
            return sign + 'sNaN' + self._int
        coeff = self._int
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dot = leftdigits
        elif not eng:
            dot = 1
        elif coeff == '0':
            dot = (leftdigits + 1) % 3 - 1
        else:
            dot = (leftdigits - 1) % 3 + 1
        if dot <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dot) + coeff
        elif dot >= len(coeff):
            intpart = coeff + '0' * (dot - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dot]
            fracpart = '.' + coeff[dot:]
        if leftdigits == dot:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dot)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, context=None, _localeconv=None):
        if context is None:
            context = getcontext()
        spec = _decformat.parse_spec(spec, _localeconv)
        kind = spec['type']
        if self._is_special:
            body = str(self.copy_abs()) + ('%' if kind == '%' else '')
            return _decformat.align(_decformat.sign_text(self._sign, spec), body, spec)
        if kind is None:
            kind = spec['type'] = 'gG'[context.capitals]
        num = self
        if kind == '%':
            num = _dec(num._sign, num._int, num._exp + 2)
        prec = spec['precision']
        rounding = context.rounding
        if prec is not None:
            if kind in 'eE':
                num = num._round(prec + 1, rounding)
            elif kind in 'fF%':
                num = num._rescale(-prec, rounding)
            elif len(num._int) > prec:
                num = num._round(prec, rounding)
        if num._int == '0' and num._exp > 0 and kind in 'fF%':
            # fixed point cannot show a zero's positive exponent
            num = num._rescale(0, rounding)
        leftdigits = num._exp + len(num._int)
        if kind in 'eE':
            point = 1 - prec if num._int == '0' and prec is not None else 1
        elif kind in 'fF%' or (num._exp <= 0 and leftdigits > -6):
            point = leftdigits
        else:
            point = 1
        if point < 0:
            intpart, fracpart = '0', '0' * -point + num._int
        else:
            intpart = num._int[:point].ljust(point, '0') or '0'
            fracpart = num._int[point:]
        return _decformat.number(num._sign, intpart, fracpart, leftdigits - point, spec)

    # ------------------------------------------------ conversions

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("Cannot convert signaling NaN to float")
            s = '-nan' if self._sign else 'nan'
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        sign = -1 if self._sign else 1
        if self._exp >= 0:
            return sign * int(self._int) * 10 ** self._exp
        return sign * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __long__(self):
        return long(self.__int__())

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # ------------------------------------------------ hashing and comparison

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return 0
            return hash(float('-inf')) if self._sign else hash(float('inf'))
        if self._isinteger():
            return hash(int(self))
        if self._int == '0':
            return 0
        as_float = float(self)
        if Decimal.from_float(as_float) == self:
            return hash(as_float)
        return hash((self._sign, self._exp + len(self._int),
                     self._int.rstrip('0')))

    def _cmp(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals."""
        if self._is_special or other._is_special:
            a = self._isinfinity()
            b = other._isinfinity()
            if a == b:
                return 0
            if a < b:
                return -1
            return 1
        if self._int == '0':
            if other._int == '0':
                return 0
            return -((-1) ** other._sign)
        if other._int == '0':
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        a_adj = self.adjusted()
        b_adj = other.adjusted()
        if a_adj == b_adj:
            a = self._int + '0' * (self._exp - other._exp)
            b = other._int + '0' * (other._exp - self._exp)
            if len(a) != len(b):
                a = a.ljust(max(len(a), len(b)), '0')
                b = b.ljust(max(len(a), len(b)), '0')
            if a == b:
                return 0
            result = -1 if a < b else 1
        else:
            result = -1 if a_adj < b_adj else 1
        return -result if self._sign else result

    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation with a NaN operand, or 0."""
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if context is None:
                context = getcontext()
            if a == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if b == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if a:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _fix_nan(self, context):
        payload = self._int
        limit = context.prec - context._clamp
        if len(payload) > limit:
            return _dec(self._sign, payload[len(payload) - limit:].lstrip('0'), self._exp, True)
        return _dec(self._sign, payload, self._exp, True)

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                return context._raise_error(InvalidOperation, 'comparison involving sNaN', self)
            if other.is_snan():
                return context._raise_error(InvalidOperation, 'comparison involving sNaN', other)
            if self.is_qnan():
                return context._raise_error(InvalidOperation, 'comparison involving NaN', self)
            if other.is_qnan():
                return context._raise_error(InvalidOperation, 'comparison involving NaN', other)
        return 0

    def __eq__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            # A signaling NaN signals InvalidOperation even for ==.
            if self._check_nans(other, context):
                return False
        return self._cmp(other) == 0

    def __ne__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            if self._check_nans(other, context):
                return True
        return self._cmp(other) != 0

    def _order(self, other, context):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return None
        if self._compare_check_nans(other, context):
            return 'nan'
        return self._cmp(other)

    def __lt__(self, other, context=None):
        c = self._order(other, context)
        if c is None:
            return NotImplemented
        return c != 'nan' and c < 0

    def __le__(self, other, context=None):
        c = self._order(other, context)
        if c is None:
            return NotImplemented
        return c != 'nan' and c <= 0

    def __gt__(self, other, context=None):
        c = self._order(other, context)
        if c is None:
            return NotImplemented
        return c != 'nan' and c > 0

    def __ge__(self, other, context=None):
        c = self._order(other, context)
        if c is None:
            return NotImplemented
        return c != 'nan' and c >= 0

    def compare(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        ans = self._compare_check_nans(other, context)
        if ans:
            return ans
        return self.compare(other, context=context)

    def compare_total(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return Decimal(-1)
        if not self._sign and other._sign:
            return Decimal(1)
        flip = -1 if self._sign else 1

        def rank(d):
            return {'N': 1, 'n': 2, 'F': 0}.get(d._exp, 0) if d._is_special else 0
        ra, rb = rank(self), rank(other)
        if ra or rb or self.is_infinite() or other.is_infinite():
            ka = (ra, self.is_infinite()) if ra else (0, self.is_infinite())
            kb = (rb, other.is_infinite()) if rb else (0, other.is_infinite())
            if ka != kb:
                return Decimal(flip * (1 if ka > kb else -1))
            if ra:
                a, b = int(self._int or '0'), int(other._int or '0')
                if a != b:
                    return Decimal(flip * (1 if a > b else -1))
                return Decimal(0)
            if self.is_infinite():
                return Decimal(0)
        c = self._cmp(other)
        if c:
            return Decimal(c)
        if self._exp < other._exp:
            return Decimal(-flip)
        if self._exp > other._exp:
            return Decimal(flip)
        return Decimal(0)

    def compare_total_mag(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, context, want_max, mag):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn, on = self._isnan(), other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = a._cmp(b)
        if c == 0 and mag:
            c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._int_value()
        pick_self = c > 0 if want_max else c < 0
        return (self if pick_self else other)._fix(context)

    def _int_value(self):
        return int(self)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def same_quantum(self, other):
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # ------------------------------------------------ sign operations

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other):
        other = _convert_other(other, raiseit=True)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if self._int == '0' and not self._is_special and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if self._int == '0' and not self._is_special and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    # ------------------------------------------------ rounding to a context

    def _fix(self, context):
        """Rounds self to the context's precision and exponent limits."""
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            return Decimal(self)
        etiny = context.Etiny()
        etop = context.Etop()
        if self._int == '0':
            exp_max = context.Emax if context._clamp == 0 else etop
            new_exp = min(max(self._exp, etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec(self._sign, '0', new_exp)
            return Decimal(self)
        length = len(self._int)
        exp_min = length + self._exp - context.prec
        if exp_min > etop:
            ans = context._raise_error(Overflow, 'above Emax', self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if self._exp < exp_min:
            keep = length + self._exp - exp_min
            digits = self._int
            if keep < 0:
                # Below a tenth of the last unit kept: rounds like '0.01'.
                digits, keep = '01', 1
            value, changed, inexact = _round_digits(digits, keep, context.rounding, self._sign)
            coeff = str(value)
            if len(coeff) > context.prec:
                coeff = coeff[:-1]
                exp_min += 1
            if exp_min > etop:
                ans = context._raise_error(Overflow, 'above Emax', self._sign)
            else:
                ans = _dec(self._sign, coeff, exp_min)
            if inexact and subnormal:
                context._raise_error(Underflow)
            if subnormal:
                context._raise_error(Subnormal)
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if ans._int == '0' and not ans._is_special:
                context._raise_error(Clamped)
            return ans
        if subnormal:
            context._raise_error(Subnormal)
        if context._clamp == 1 and self._exp > etop:
            context._raise_error(Clamped)
            return _dec(self._sign, self._int + '0' * (self._exp - etop), etop)
        return Decimal(self)

    def _rescale(self, exp, rounding):
        """self with exponent exp exactly, rounding as needed (no context)."""
        if self._is_special:
            return Decimal(self)
        if self._int == '0':
            return _dec(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int + '0' * (self._exp - exp), exp)
        keep = len(self._int) + self._exp - exp
        digits = self._int
        if keep < 0:
            digits, keep = '01', 1
        value, _, _ = _round_digits(digits, keep, rounding, self._sign)
        return _dec(self._sign, str(value), exp)

    def _round(self, places, rounding):
        """self rounded to `places` significant digits."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or self._int == '0':
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def quantize(self, exp, rounding=None, context=None, watchexp=True):
        """self rounded to the exponent of exp."""
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, 'quantize with one INF')
        if not watchexp:
            ans = self._rescale(exp._exp, rounding)
            if ans._exp > self._exp:
                context._raise_error(Rounded)
                if ans != self:
                    context._raise_error(Inexact)
            return ans
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation,
                                        'target exponent out of bounds in quantize')
        if self._int == '0':
            return _dec(self._sign, '0', exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        if ans._int != '0' and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def to_integral_exact(self, rounding=None, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if self._int == '0':
            return _dec(self._sign, '0', 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        """self rounded to the context, with trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if dup._int == '0':
            return _dec(dup._sign, '0', 0)
        exp_max = context.Emax if context._clamp == 0 else context.Etop()
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec(dup._sign, dup._int[:end], exp)

    def scaleb(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        if not (liminf <= int(other) <= limsup):
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        return _dec(self._sign, self._int, self._exp + int(other))._fix(context)

    def logb(self, context=None):
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if context is None:
            context = getcontext()
        if self._isinfinity():
            return _Infinity
        if self._int == '0':
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(context)


# Constants the arithmetic needs when it is imported.
_Infinity = _dec(0, '0', 'F', True)
_NegativeInfinity = _dec(1, '0', 'F', True)
_NaN = _dec(0, '', 'n', True)
_Zero = _dec(0, '0', 0)
_One = _dec(0, '1', 0)
_NegativeOne = _dec(1, '1', 0)
_SignedInfinity = (_Infinity, _NegativeInfinity)


# The arithmetic (decimal/_arith.py) is written against the names above; its
# methods join the class here, before Context wraps them.
from decimal import _arith
_arith.join(Decimal)


# ---------------------------------------------------------------- Context

for _name in ('__sub__', '__truediv__', '__divmod__', '__mod__', '__floordiv__', '__pow__'):
    setattr(Decimal, _reflected(_name).__name__, _reflected(_name))
Decimal.__rdiv__ = Decimal.__rtruediv__

import numbers as _numbers
_numbers.Number.register(Decimal)


class Context(object):
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, traps=None, flags=None,
                 Emin=None, Emax=None, capitals=None, _clamp=0,
                 _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self.prec = prec if prec is not None else dc.prec
        self.rounding = rounding if rounding is not None else dc.rounding
        self.Emin = Emin if Emin is not None else dc.Emin
        self.Emax = Emax if Emax is not None else dc.Emax
        self.capitals = capitals if capitals is not None else dc.capitals
        self._clamp = _clamp
        self._ignored_flags = list(_ignored_flags) if _ignored_flags else []
        if traps is None:
            self.traps = dc.traps.copy()
        elif not isinstance(traps, dict):
            self.traps = dict((s, int(s in traps)) for s in _signals + list(traps))
        else:
            self.traps = traps
        if flags is None:
            self.flags = dict.fromkeys(_signals, 0)
        elif not isinstance(flags, dict):
            self.flags = dict((s, int(s in flags)) for s in _signals + list(flags))
        else:
            self.flags = flags

    def __repr__(self):
        flags = [s.__name__ for s in _signals if self.flags.get(s)]
        traps = [s.__name__ for s in _signals if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin,
                                            self.Emax, self.capitals,
                                            ', '.join(flags), ', '.join(traps)))

    def clear_flags(self):
        for flag in self.flags:
            self.flags[flag] = 0

    def _shallow_copy(self):
        return Context(self.prec, self.rounding, self.traps, self.flags,
                       self.Emin, self.Emax, self.capitals, self._clamp,
                       self._ignored_flags)

    def copy(self):
        return Context(self.prec, self.rounding, self.traps.copy(),
                       self.flags.copy(), self.Emin, self.Emax, self.capitals,
                       self._clamp, self._ignored_flags)

    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = 1
        if not self.traps.get(error):
            return condition().handle(self, *args)
        raise error(explanation)

    def _ignore_all(self):
        self._ignored_flags = list(_signals)

    def __hash__(self):
        raise TypeError("Cannot hash a Context.")

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _set_rounding(self, rounding):
        old = self.rounding
        self.rounding = rounding
        return old

    def create_decimal(self, num='0'):
        if isinstance(num, basestring) and num != num.strip():
            return self._raise_error(ConversionSyntax,
                                     "no trailing or leading whitespace is permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self._clamp:
            return self._raise_error(ConversionSyntax, "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # Method forms of the operations.
    def power(self, a, b, modulo=None):
        return _checked(_convert_other(a, raiseit=True).__pow__(b, modulo, context=self), b)

    def fma(self, a, b, c):
        return _convert_other(a, raiseit=True).fma(b, c, context=self)

    def quantize(self, a, b):
        return _convert_other(a, raiseit=True).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _convert_other(a, raiseit=True).same_quantum(b)

    def _apply(self, a):
        return _convert_other(a, raiseit=True)._fix(self)

    def apply(self, a):
        return self._apply(a)

    def copy_decimal(self, a):
        return Decimal(_convert_other(a, raiseit=True))

    def radix(self):
        return Decimal(10)


def _checked(result, b):
    if result is NotImplemented:
        raise TypeError("Unable to convert %s to Decimal" % b)
    return result


# Most Context methods apply the Decimal method (or operator) of the same
# meaning to their converted first operand, with the context passed on.

def _context_unary(name, attr=None):
    attr = attr or name
    def method(self, a):
        return getattr(_convert_other(a, raiseit=True), attr)(context=self)
    method.__name__ = name
    return method


def _context_binary(name, attr=None):
    # operators answer NotImplemented for an unconvertible b: a TypeError here
    attr = attr or name
    def method(self, a, b):
        return _checked(getattr(_convert_other(a, raiseit=True), attr)(b, context=self), b)
    method.__name__ = name
    return method


def _context_plain(name):
    def method(self, a):
        return getattr(_convert_other(a, raiseit=True), name)()
    method.__name__ = name
    return method


for _name in ('sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus',
              'next_minus', 'to_eng_string', 'to_integral_exact',
              'to_integral_value', 'is_normal', 'is_subnormal', 'number_class',
              'logical_invert', 'canonical'):
    setattr(Context, _name, _context_unary(_name))
for _name, _attr in (('abs', '__abs__'), ('plus', '__pos__'), ('minus', '__neg__'),
                     ('to_sci_string', '__str__')):
    setattr(Context, _name, _context_unary(_name, _attr))
for _name, _attr in (('add', '__add__'), ('subtract', '__sub__'), ('multiply', '__mul__'),
                     ('divide', '__truediv__'), ('divide_int', '__floordiv__'),
                     ('divmod', '__divmod__'), ('remainder', '__mod__')):
    setattr(Context, _name, _context_binary(_name, _attr))
Context.to_integral = Context.to_integral_value
for _name in ('compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag',
              'remainder_near', 'next_toward', 'scaleb', 'compare_total',
              'compare_total_mag', 'logical_and', 'logical_or', 'logical_xor',
              'shift', 'rotate'):
    setattr(Context, _name, _context_binary(_name))
for _name in ('is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan',
              'is_snan', 'is_signed', 'is_zero', 'copy_abs', 'copy_negate'):
    setattr(Context, _name, _context_plain(_name))
del _name, _attr


def _copy_sign(self, a, b):
    return _convert_other(a, raiseit=True).copy_sign(b)


Context.copy_sign = _copy_sign

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN,
    traps=[DivisionByZero, Overflow, InvalidOperation],
    flags=[], Emax=999999999, Emin=-999999999, capitals=1)

BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP,
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[])

ExtendedContext = Context(
    prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
