"""Decimal's arithmetic: the operators, powers, square root, exp and
logarithms, the next_* steps and the digit-wise logical operations, with
the integer algorithms beneath exp and ln. `join()` adds the methods to
`decimal.Decimal` itself (its MRO stays `(Decimal, object)`)."""

from decimal import (Clamped, Decimal, DivisionByZero, DivisionImpossible,
                     DivisionUndefined, Inexact, InvalidOperation, Overflow,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Rounded, Subnormal,
                     Underflow, _Infinity, _NegativeInfinity, _One, _SignedInfinity,
                     _Zero, _convert_other, _dec, _exact_power, _isqrt, _signals,
                     getcontext)


class _Arithmetic:
    """Holds the methods until `join` moves them to Decimal."""

    # ------------------------------------------------ arithmetic

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negative_zero = context.rounding == ROUND_FLOOR and self._sign != other._sign
        if self._int == '0' and other._int == '0':
            sign = min(self._sign, other._sign)
            if negative_zero:
                sign = 1
            return _dec(sign, '0', exp)._fix(context)
        if self._int == '0':
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if other._int == '0':
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        a, b = self, other
        # When the exponents are far apart, the smaller operand only matters
        # as a 'sticky' digit below the precision: shrink it to one.
        if a._exp < b._exp:
            a, b = b, a
        # now a has the larger exponent
        floor = a._exp + min(-1, len(a._int) - context.prec - 2)
        if len(b._int) + b._exp - 1 < floor:
            b = _dec(b._sign, '1', floor)
        exp = min(a._exp, b._exp)
        va = int(a._int) * 10 ** (a._exp - exp)
        vb = int(b._int) * 10 ** (b._exp - exp)
        if a._sign:
            va = -va
        if b._sign:
            vb = -vb
        total = va + vb
        if total == 0:
            sign = 1 if negative_zero else 0
            return _dec(sign, '0', exp)._fix(context)
        return _dec(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other._is_special and other._int == '0':
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _SignedInfinity[sign]
            if other._isinfinity():
                if self._int == '0':
                    return context._raise_error(InvalidOperation, '0 * (+-)INF')
                return _SignedInfinity[sign]
        exp = self._exp + other._exp
        if self._int == '0' or other._int == '0':
            return _dec(sign, '0', exp)._fix(context)
        return _dec(sign, str(int(self._int) * int(other._int)), exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self._isinfinity():
                return _SignedInfinity[sign]
            if other._isinfinity():
                context._raise_error(Clamped, 'Division by infinity')
                return _dec(sign, '0', context.Etiny())
        if other._int == '0':
            if self._int == '0':
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)
        if self._int == '0':
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            a, b = int(self._int), int(other._int)
            if shift >= 0:
                coeff, rem = divmod(a * 10 ** shift, b)
            else:
                coeff, rem = divmod(a, b * 10 ** -shift)
            if rem:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal = self._exp - other._exp
                while exp < ideal and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, str(coeff), exp)._fix(context)

    __div__ = __truediv__

    def _divide(self, other, context):
        """(integer quotient, remainder) of two finite numbers, other nonzero."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if self._int == '0' or other._isinfinity() or expdiff <= -2:
            return (_dec(sign, '0', 0), self._rescale(ideal, context.rounding))
        if expdiff <= context.prec:
            a, b = int(self._int), int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_dec(sign, str(q), 0), _dec(self._sign, str(r), ideal))
        ans = context._raise_error(DivisionImpossible,
                                   'quotient too large in //, % or divmod')
        return ans, ans

    def _binary_start(self, other, context):
        """The operators' common opening: (other as a Decimal, the context,
        early) where early, unless None, is the answer: NotImplemented for an
        unconvertible other, or the NaN that a NaN operand gives."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other, context, NotImplemented
        if context is None:
            context = getcontext()
        return other, context, self._check_nans(other, context) or None

    def __divmod__(self, other, context=None):
        other, context, early = self._binary_start(other, context)
        if early is NotImplemented:
            return early
        if early is not None:
            return (early, early)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_SignedInfinity[sign],
                    context._raise_error(InvalidOperation, 'INF % x'))
        if other._int == '0' and not other._is_special:
            if self._int == '0':
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __mod__(self, other, context=None):
        other, context, early = self._binary_start(other, context)
        if early is not None:
            return early
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'INF % x')
        if other._int == '0' and not other._is_special:
            if self._int != '0':
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')
        return self._divide(other, context)[1]._fix(context)

    def __floordiv__(self, other, context=None):
        other, context, early = self._binary_start(other, context)
        if early is not None:
            return early
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SignedInfinity[self._sign ^ other._sign]
        if other._int == '0' and not other._is_special:
            if self._int != '0':
                return context._raise_error(DivisionByZero, 'x // 0',
                                            self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')
        return self._divide(other, context)[0]

    def remainder_near(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'remainder_near(infinity, x)')
        if other._int == '0' and not other._is_special:
            if self._int != '0':
                return context._raise_error(InvalidOperation, 'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined, 'remainder_near(0, 0)')
        if other._isinfinity():
            return Decimal(self)._fix(context)
        ideal = min(self._exp, other._exp)
        if self._int == '0':
            return _dec(self._sign, '0', ideal)._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal, context.rounding)._fix(context)
        a, b = int(self._int), int(other._int)
        if self._exp >= other._exp:
            a *= 10 ** (self._exp - other._exp)
        else:
            b *= 10 ** (other._exp - self._exp)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** context.prec:
            return context._raise_error(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _dec(sign, str(r), ideal)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other, context, early = self._binary_start(other, context)
        if early is not None:
            return early
        if other._int == '0' and not other._is_special:
            if self._int == '0' and not self._is_special:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _One
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._is_special and int(other) % 2:
                    result_sign = 1
            else:
                if self._int != '0' or self._is_special:
                    return context._raise_error(
                        InvalidOperation, 'x ** y with x negative and y not an integer')
            base = self.copy_negate()
        else:
            base = self
        if base._int == '0' and not base._is_special:
            if other._sign == 0:
                return _dec(result_sign, '0', 0)
            return _SignedInfinity[result_sign]
        if base._isinfinity():
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _dec(result_sign, '0', 0)
        if other._isinfinity():
            one_cmp = base._cmp(_One)
            if one_cmp == 0:
                ans = _dec(result_sign, '1' + '0' * (context.prec - 1), -context.prec + 1)
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                return ans
            if (one_cmp > 0) == (other._sign == 0):
                return _SignedInfinity[result_sign]
            return _dec(result_sign, '0', 0)
        if base._cmp(_One) == 0:
            # 1 ** y: exactly one, with as many zeros as the exponents ask.
            if other._isinteger():
                if other._sign == 0 and other.adjusted() < 18:
                    multiplier = int(other)
                elif other._sign == 0:
                    multiplier = 10 ** 18
                else:
                    multiplier = 0
                exp = base._exp * multiplier
                if exp < 1 - context.prec:
                    exp = 1 - context.prec
                    context._raise_error(Rounded)
            else:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                exp = 1 - context.prec
            return _dec(result_sign, '1' + '0' * -exp, exp)
        lg = _log10_estimate(base)
        if other.adjusted() < 18:
            est = lg * float(other)
        else:
            est = float('inf') if (lg > 0) == (other._sign == 0) else float('-inf')
            if lg == 0:
                est = 0.0
        if est > context.Emax + 2:
            return _dec(result_sign, '1', context.Emax + 1)._fix(context)
        if est < context.Etiny() - 2:
            return _dec(result_sign, '1', context.Etiny() - 2)._fix(context)
        if other._isinteger():
            n = int(other)
            ans = self._int_power(base, n, result_sign, context)
            if ans is not None:
                return ans
        ans = _exact_power(base, other, result_sign, context)
        if ans is not None:
            return ans
        # General case: exp(y * ln(x)) with guard digits.
        guard = 10 + len(str(abs(other.adjusted()))) + len(str(abs(base.adjusted())))
        work = context.prec + guard
        x = _Rational.from_decimal(base)
        y = _Rational.from_decimal(other)
        lx = _ln_scaled(x, work + 5)
        value = y.num * lx // y.den
        return _exp_result(value, work + 5, result_sign, context, context.rounding)

    def _int_power(self, base, n, result_sign, context):
        c, e = int(base._int), base._exp
        m = abs(n)
        if len(base._int) * m <= 4 * context.prec + 60:
            cm = c ** m
            exact = _dec(result_sign, str(cm), e * m)
        else:
            # Repeated squaring with guard digits; the sticky digit keeps
            # the result inexact.
            work = context.prec + 20 + len(str(m))
            limit = 10 ** work
            acc_c, acc_e = 1, 0
            sq_c, sq_e = c, e
            sticky = False
            k = m
            while k:
                if k & 1:
                    acc_c *= sq_c
                    acc_e += sq_e
                    while acc_c >= limit * 10:
                        if acc_c % 10:
                            sticky = True
                        acc_c //= 10
                        acc_e += 1
                k >>= 1
                if k:
                    sq_c *= sq_c
                    sq_e *= 2
                    while sq_c >= limit * 10:
                        if sq_c % 10:
                            sticky = True
                        sq_c //= 10
                        sq_e += 1
            if sticky:
                acc_c = acc_c * 10 + 1
                acc_e -= 1
            exact = _dec(result_sign, str(acc_c), acc_e)
        if n >= 0:
            return exact._fix(context)
        work = context.copy()
        work.prec = context.prec + 10
        work.traps = dict.fromkeys(_signals, 0)
        work.Emax = 999999999999
        work.Emin = -999999999999
        inv = _One.__truediv__(exact.copy_abs(), context=work)
        inexact = work.flags[Inexact]
        if inexact and inv._int[-1] == '0':
            inv = _dec(inv._sign, inv._int + '1', inv._exp - 1)
        return _dec(result_sign, inv._int, inv._exp)._fix(context)

    def _power_modulo(self, other, modulo, context):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        for d in (self, other, modulo):
            if d.is_snan():
                return context._raise_error(InvalidOperation, 'sNaN', d)
        for d in (self, other, modulo):
            if d.is_nan():
                return d._fix_nan(context)
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()):
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument not allowed '
                                        'unless all arguments are integers')
        if other._sign and other._int != '0':
            return context._raise_error(InvalidOperation,
                                        'pow() 2nd argument cannot be '
                                        'negative when 3rd argument specified')
        if modulo._int == '0':
            return context._raise_error(InvalidOperation,
                                        'pow() 3rd argument cannot be 0')
        if modulo.adjusted() >= context.prec:
            return context._raise_error(InvalidOperation,
                                        'insufficient precision: pow() 3rd '
                                        'argument must not have more than '
                                        'precision digits')
        if other._int == '0' and self._int == '0':
            return context._raise_error(InvalidOperation,
                                        'at least one of pow() 1st argument '
                                        'and 2nd argument must be nonzero ;'
                                        '0**0 is not defined')
        sign = self._sign if int(other) % 2 else 0
        m = abs(int(modulo))
        return _dec(sign, str(pow(abs(int(self)), int(other), m)), 0)

    def fma(self, other, third, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        third = _convert_other(third, raiseit=True)
        # Only the product's operands are checked here: a NaN in `third` is
        # the addition's business, after the product's own invalid cases.
        if self._is_special or other._is_special:
            for d in (self, other):
                if d.is_snan():
                    return context._raise_error(InvalidOperation, 'sNaN', d)
            if self._isnan():
                product = self
            elif other._isnan():
                product = other
            elif self._isinfinity():
                if other._int == '0' and not other._is_special:
                    return context._raise_error(InvalidOperation, 'INF * 0 in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
            else:
                if self._int == '0':
                    return context._raise_error(InvalidOperation, '0 * INF in fma')
                product = _SignedInfinity[self._sign ^ other._sign]
        else:
            product = _dec(self._sign ^ other._sign,
                           str(int(self._int) * int(other._int)),
                           self._exp + other._exp)
        return product.__add__(third, context)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        if self._int == '0':
            return _dec(self._sign, '0', self._exp // 2)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec + 1
        e = self._exp >> 1
        c = int(self._int)
        if self._exp & 1:
            c *= 10
            half_len = (len(self._int) >> 1) + 1
        else:
            half_len = (len(self._int) + 1) >> 1
        shift = prec - half_len
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rem = divmod(c, 100 ** -shift)
            exact = not rem
        e -= shift
        n = _isqrt(c)
        if exact:
            exact = n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ans = _dec(0, str(n), e)
        work = context._shallow_copy()
        work.rounding = ROUND_HALF_EVEN
        ans = ans._fix(work)
        return ans

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _Zero
        if self._isinfinity() == 1:
            return Decimal(self)
        if self._int == '0':
            return _One
        adj = self.adjusted()
        # Quick overflow/underflow decisions for huge arguments.
        if self._sign == 0 and adj > len(str(context.Emax)):
            return _dec(0, '1', context.Emax + 1)._fix(context)
        if self._sign == 1 and adj > len(str(-context.Etiny())):
            return _dec(0, '1', context.Etiny() - 1)._fix(context)
        work = context.prec + 10 + max(adj, 0)
        x = _Rational.from_decimal(self)
        scaled = x.num * 10 ** work // x.den
        return _exp_result(scaled, work, 0, context)

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._int == '0' and not self._is_special:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self == _One:
            return _Zero
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        work = context.prec + 10 + _closeness_to_one(self)
        value = _ln_scaled(_Rational.from_decimal(self), work)
        return _scaled_result(value, work, context)

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._int == '0' and not self._is_special:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'log10 of a negative value')
        stripped = self._int.rstrip('0')
        if stripped == '1':
            return Decimal(self._exp + len(self._int) - 1)._fix(context)
        work = context.prec + 10 + _closeness_to_one(self)
        value = _ln_scaled(_Rational.from_decimal(self), work + 5)
        value = value * 10 ** (work + 5) // _ln10_scaled(work + 5)
        return _scaled_result(value // 10 ** 5, work, context)

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == 1:
            return _Infinity
        if self._isinfinity() == -1:
            return _dec(1, '9' * context.prec, context.Etop())
        work = context.copy()
        work.rounding = ROUND_CEILING
        work._ignore_all()
        new = self._fix(work)
        if new != self:
            return new
        return self.__add__(_dec(0, '1', context.Etiny() - 1), work)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _dec(0, '9' * context.prec, context.Etop())
        work = context.copy()
        work.rounding = ROUND_FLOOR
        work._ignore_all()
        new = self._fix(work)
        if new != self:
            return new
        return self.__sub__(_dec(0, '1', context.Etiny() - 1), work)

    def next_toward(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        if c == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)
        if ans._isinfinity():
            context._raise_error(Overflow, 'Infinite result from next_toward', ans._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
        elif ans.adjusted() < context.Emin:
            context._raise_error(Underflow)
            context._raise_error(Subnormal)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            if ans._int == '0':
                context._raise_error(Clamped)
        return ans


    # ------------------------------------------------ digit-wise operations

    def _islogical(self):
        if self._sign or self._exp != 0 or self._is_special:
            return False
        for c in self._int:
            if c not in '01':
                return False
        return True

    def _logical_digits(self, context, digits):
        diff = context.prec - len(digits)
        if diff > 0:
            return '0' * diff + digits
        if diff < 0:
            return digits[-context.prec:]
        return digits

    def _logical(self, other, context, op):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        if not self._islogical() or not other._islogical():
            return context._raise_error(InvalidOperation)
        a = self._logical_digits(context, self._int)
        b = other._logical_digits(context, other._int)
        result = ''.join([str(op(int(x), int(y))) for x, y in zip(a, b)])
        return _dec(0, result.lstrip('0') or '0', 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        if context is None:
            context = getcontext()
        return self.logical_xor(_dec(0, '1' * context.prec, 0), context)

    def _shift_amount(self, other, context):
        """(ans, amount): ans is a result to return at once (NaN, error,
        infinity), else amount is the digit count to move by."""
        ans = self._check_nans(other, context)
        if ans:
            return ans, 0
        if other._exp != 0 or other._is_special:
            return context._raise_error(InvalidOperation), 0
        amount = int(other)
        if not (-context.prec <= amount <= context.prec):
            return context._raise_error(InvalidOperation), 0
        if self._isinfinity():
            return Decimal(self), 0
        return None, amount

    def _padded_digits(self, context):
        digits = self._int
        pad = context.prec - len(digits)
        if pad > 0:
            return '0' * pad + digits
        if pad < 0:
            return digits[-pad:]
        return digits

    def shift(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans, amount = self._shift_amount(other, context)
        if ans is not None:
            return ans
        digits = self._padded_digits(context)
        if amount < 0:
            shifted = digits[:amount]
        else:
            shifted = (digits + '0' * amount)[-context.prec:]
        return _dec(self._sign, shifted.lstrip('0') or '0', self._exp)

    def rotate(self, other, context=None):
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans, amount = self._shift_amount(other, context)
        if ans is not None:
            return ans
        digits = self._padded_digits(context)
        rotated = digits[amount:] + digits[:amount]
        return _dec(self._sign, rotated.lstrip('0') or '0', self._exp)


def join(cls):
    """Makes the methods above methods of `cls`."""
    for name, value in vars(_Arithmetic).items():
        if name not in ('__module__', '__doc__'):
            setattr(cls, name, value)


# ---------------------------------------------------------------- exp and ln on integers

def _log10_estimate(d):
    """log10 of a finite positive Decimal, as a float."""
    import math
    head = d._int[:17]
    return math.log10(float('0.' + head)) + len(d._int) + d._exp


def _closeness_to_one(d):
    """Extra digits needed so that ln(d) keeps its relative precision."""
    r = _Rational.from_decimal(d)
    delta = abs(r.num - r.den)
    if delta == 0:
        return 0
    return max(0, len(str(r.den)) - len(str(delta)))


class _Rational(object):
    def __init__(self, num, den):
        self.num = num
        self.den = den

    @classmethod
    def from_decimal(cls, d):
        c = int(d._int)
        if d._sign:
            c = -c
        if d._exp >= 0:
            return cls(c * 10 ** d._exp, 1)
        return cls(c, 10 ** -d._exp)


def _atanh_inv_scaled(k, scale):
    """atanh(1/k) * scale, for an integer k > 1."""
    total = 0
    power = scale // k
    k2 = k * k
    n = 1
    while power:
        total += power // n
        power //= k2
        n += 2
    return total


_ln_cache = {}


def _ln2_scaled(digits):
    key = ('2', digits)
    if key not in _ln_cache:
        scale = 10 ** (digits + 5)
        _ln_cache[key] = 2 * _atanh_inv_scaled(3, scale) // 10 ** 5
    return _ln_cache[key]


def _ln10_scaled(digits):
    key = ('10', digits)
    if key not in _ln_cache:
        scale = 10 ** (digits + 5)
        # ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
        ln2 = 2 * _atanh_inv_scaled(3, scale)
        _ln_cache[key] = (3 * ln2 + 2 * _atanh_inv_scaled(9, scale)) // 10 ** 5
    return _ln_cache[key]


def _ln_scaled(x, digits):
    """ln(x) * 10**digits for a positive rational x, rounded down."""
    num, den = x.num, x.den
    # x = m * 10**p with m in [1, 10)
    p = len(str(num)) - len(str(den))
    if p >= 0:
        mnum, mden = num, den * 10 ** p
    else:
        mnum, mden = num * 10 ** -p, den
    if mnum < mden:
        mnum *= 10
        p -= 1
    # bring m into [1, 2) with powers of two
    j = 0
    while mnum >= 2 * mden:
        mden *= 2
        j += 1
    guard = 10
    scale = 10 ** (digits + guard)
    # ln(m) = 2 atanh((m-1)/(m+1))
    z_num = mnum - mden
    z_den = mnum + mden
    total = 0
    term = scale * z_num // z_den
    z2n, z2d = z_num * z_num, z_den * z_den
    n = 1
    while term:
        total += term // n
        term = term * z2n // z2d
        n += 2
    ln_m = 2 * total
    result = ln_m + j * _ln2_scaled(digits + guard) + p * _ln10_scaled(digits + guard)
    return result // 10 ** guard


def _exp_scaled(value, digits):
    """exp(value / 10**digits) as (coefficient, exponent) with about
    digits+ significant digits."""
    scale = 10 ** digits
    ln10 = _ln10_scaled(digits)
    q = value // ln10
    r = value - q * ln10      # 0 <= r < ln10
    # exp(r) with r reduced by halving
    k = 0
    t = r
    while t > scale // 100:
        t //= 2
        k += 1
    guard = 10 + k // 2
    big = 10 ** (digits + guard)
    rr = (r * 10 ** guard) >> k
    total = big
    term = big
    n = 1
    while term:
        term = term * rr // (big * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // big
    return total, q - digits - guard


def _exp_result(value, digits, sign, context, rounding=ROUND_HALF_EVEN):
    # exp() always rounds half-even; power() passes the context's rounding.
    coeff, exp = _exp_scaled(value, digits)
    # The sticky digit keeps the result inexact (exp of a nonzero
    # rational is irrational).
    coeff = coeff * 10 + 1
    exp -= 1
    work = context._shallow_copy()
    work.rounding = rounding
    return _dec(sign, str(coeff), exp)._fix(work)


def _scaled_result(value, digits, context):
    sign = 1 if value < 0 else 0
    coeff = abs(value) * 10 + 1
    work = context._shallow_copy()
    work.rounding = ROUND_HALF_EVEN
    return _dec(sign, str(coeff), -digits - 1)._fix(work)
