"""General floating point formatting functions (Python 2.7's obsolete
fpformat): fix(x, digits) as fixed-point text, sci(x, digits) in
scientific notation with a three-digit exponent. x may be a number or
the text of one; the work is done on the decimal digits, so any length
works."""

from warnings import warnpy3k
warnpy3k("the fpformat module has been removed in Python 3.0", stacklevel=2)
del warnpy3k

__all__ = ["fix", "sci", "NotANumber"]


class NotANumber(ValueError):
    pass


_DIGITS = frozenset('0123456789')


def _digits_end(s, i):
    while i < len(s) and s[i] in _DIGITS:
        i += 1
    return i


def extract(s):
    """(sign, integer digits, fraction digits, exponent) of a number's
    text; sign is '' or '-'. A scan by hand, so long inputs cost linear
    time."""
    n = len(s)
    i = 0
    sign = ''
    if s[:1] in ('+', '-'):
        sign = s[0]
        i = 1
    j = _digits_end(s, i)
    intpart = s[i:j]
    fraction = ''
    if j < n and s[j] == '.':
        k = _digits_end(s, j + 1)
        fraction = s[j + 1:k]
        j = k
    expo = 0
    if j < n and s[j] in 'eE':
        k = j + 1
        if k < n and s[k] in '+-':
            k += 1
        m = _digits_end(s, k)
        if m == k:
            raise NotANumber(s)
        expo = int(s[j + 1:m])
        j = m
    if j != n:
        raise NotANumber(s)
    intpart = intpart.lstrip('0')
    if sign == '+':
        sign = ''
    return sign, intpart, fraction, expo


def unexpo(intpart, fraction, expo):
    """Move the decimal point expo places right (left when negative)."""
    if expo > 0:
        f = len(fraction)
        intpart, fraction = intpart + fraction[:expo], fraction[expo:]
        if expo > f:
            intpart = intpart + '0' * (expo - f)
    elif expo < 0:
        i = len(intpart)
        intpart, fraction = intpart[:expo], intpart[expo:] + fraction
        if expo < -i:
            fraction = '0' * (-expo - i) + fraction
    return intpart, fraction


def roundfrac(intpart, fraction, digs):
    """Round to digs digits after the point (before it when negative),
    half up on the digit strings."""
    f = len(fraction)
    if f <= digs:
        return intpart, fraction + '0' * (digs - f)
    i = len(intpart)
    if i + digs < 0:
        return '0' * -digs, ''
    total = intpart + fraction
    if total[i + digs] >= '5':
        # carry into the last kept digit, through any run of nines
        n = i + digs - 1
        while n >= 0 and total[n] == '9':
            n -= 1
        if n < 0:
            total = '0' + total
            i += 1
            n = 0
        total = total[:n] + chr(ord(total[n]) + 1) + '0' * (len(total) - n - 1)
        intpart, fraction = total[:i], total[i:]
    if digs >= 0:
        return intpart, fraction[:digs]
    return intpart[:digs] + '0' * -digs, ''


def fix(x, digs):
    """x with digs digits after the point; text that is not a number comes
    back unchanged."""
    if type(x) is not str:
        x = repr(x)
    try:
        sign, intpart, fraction, expo = extract(x)
    except NotANumber:
        return x
    intpart, fraction = unexpo(intpart, fraction, expo)
    intpart, fraction = roundfrac(intpart, fraction, digs)
    intpart = intpart.lstrip('0') or '0'
    if digs > 0:
        return sign + intpart + '.' + fraction
    return sign + intpart


def sci(x, digs):
    """x as d.ddd...e+nnn with digs digits after the point; NotANumber for
    text that is not a number."""
    if type(x) is not str:
        x = repr(x)
    sign, intpart, fraction, expo = extract(x)
    if not intpart:
        stripped = fraction.lstrip('0')
        expo = expo - (len(fraction) - len(stripped))
        fraction = stripped
        if fraction:
            intpart, fraction = fraction[0], fraction[1:]
            expo = expo - 1
        else:
            intpart = '0'
    else:
        expo = expo + len(intpart) - 1
        intpart, fraction = intpart[0], intpart[1:] + fraction
    digs = max(0, digs)
    intpart, fraction = roundfrac(intpart, fraction, digs)
    if len(intpart) > 1:
        intpart, fraction, expo = intpart[0], intpart[1:] + fraction[:-1], expo + len(intpart) - 1
    s = sign + intpart
    if digs > 0:
        s = s + '.' + fraction
    e = repr(abs(expo))
    e = '0' * (3 - len(e)) + e
    return s + 'e' + ('-' if expo < 0 else '+') + e


def test():
    """Read (number, digits) pairs and show fix() and sci() of them."""
    try:
        while True:
            x, digs = input('Enter (x, digs): ')
            print x, fix(x, digs), sci(x, digs)
    except (EOFError, KeyboardInterrupt):
        pass
