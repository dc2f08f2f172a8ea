# Format-spec handling for decimal.Decimal.__format__ (PEP 3101 mini-language
# as decimal applies it): parsing the spec, choosing the separators (plain or
# from a localeconv()-style dict for type 'n'), grouping digits and padding.
# Kept apart from decimal.py so that module stays about arithmetic.

_ALIGNS = '<>=^'
_TYPES = 'eEfFgGn%'


def parse_spec(spec, localeconv=None):
    """The parts of a format spec as a dict; ValueError when it is malformed."""
    bad = ValueError("Invalid format specifier: " + spec)
    pos = 0
    fill = align = None
    if len(spec) >= 2 and spec[1] in _ALIGNS:
        fill, align, pos = spec[0], spec[1], 2
    elif spec[:1] and spec[0] in _ALIGNS:
        align, pos = spec[0], 1
    sign = '-'
    if spec[pos:pos + 1] in ('+', '-', ' ') and spec[pos:pos + 1]:
        sign = spec[pos]
        pos += 1
    zeropad = spec[pos:pos + 1] == '0'
    if zeropad:
        pos += 1
    start = pos
    while spec[pos:pos + 1].isdigit():
        pos += 1
    if spec[start:start + 1] == '0':
        raise bad  # width may not start with 0 (beyond the zero-pad flag)
    width = int(spec[start:pos]) if pos > start else 0
    comma = spec[pos:pos + 1] == ','
    if comma:
        pos += 1
    precision = None
    if spec[pos:pos + 1] == '.':
        pos += 1
        start = pos
        while spec[pos:pos + 1].isdigit():
            pos += 1
        if pos == start or (spec[start] == '0' and pos > start + 1):
            raise bad
        precision = int(spec[start:pos])
    kind = None
    if pos < len(spec) and spec[pos] in _TYPES:
        kind = spec[pos]
        pos += 1
    if pos != len(spec):
        raise bad
    if zeropad:
        if fill is not None:
            raise ValueError("Fill character conflicts with '0' in format specifier: " + spec)
        if align is not None:
            raise ValueError("Alignment conflicts with '0' in format specifier: " + spec)
    if precision == 0 and (kind is None or kind in 'gGn'):
        precision = 1
    if kind == 'n':
        if comma:
            raise ValueError("Explicit thousands separator conflicts with 'n' type in format specifier: " + spec)
        if localeconv is None:
            import locale
            localeconv = locale.localeconv()
        sep = localeconv['thousands_sep']
        grouping = localeconv['grouping']
        point = localeconv['decimal_point']
        kind = 'g'
    else:
        sep = ',' if comma else ''
        grouping = [3, 0]
        point = '.'
    return {'fill': fill or ' ', 'align': align or '>', 'sign': sign,
            'zeropad': zeropad, 'width': width, 'precision': precision,
            'type': kind, 'sep': sep, 'grouping': grouping, 'point': point}


def sign_text(negative, spec):
    if negative:
        return '-'
    return spec['sign'] if spec['sign'] in ' +' else ''


def align(sign, body, spec):
    """sign and body padded out to the spec's width with its fill and alignment."""
    pad = spec['fill'] * (spec['width'] - len(sign) - len(body))
    how = spec['align']
    if how == '<':
        return sign + body + pad
    if how == '=':
        return sign + pad + body
    if how == '^':
        half = len(pad) // 2
        return pad[:half] + sign + body + pad[half:]
    return pad + sign + body


def _group_sizes(grouping):
    """The group lengths, right to left; None after the last means 'no more
    grouping' (CHAR_MAX), a trailing 0 means 'repeat the one before forever'."""
    import locale
    if not grouping:
        return
    if grouping[-1] == 0:
        for size in grouping[:-1]:
            yield size
        while True:
            yield grouping[-2]
    elif grouping[-1] == locale.CHAR_MAX:
        for size in grouping[:-1]:
            yield size
    else:
        raise ValueError('unrecognised format for grouping')


def group_digits(digits, spec, min_width):
    """digits with the spec's separator between groups, zero-filled on the
    left until the whole (separators included) is at least min_width wide."""
    sep = spec['sep']
    parts = []
    done = False
    for size in _group_sizes(spec['grouping']):
        if size <= 0:
            raise ValueError("group length should be positive")
        size = min(max(len(digits), min_width, 1), size)
        parts.append(digits[-size:].rjust(size, '0'))
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            done = True
            break
        min_width -= len(sep)
    if not done:
        size = max(len(digits), min_width, 1)
        parts.append(digits.rjust(size, '0'))
    parts.reverse()
    return sep.join(parts)


def number(negative, intpart, fracpart, exp, spec):
    """The formatted text of a finite number given its digits either side of
    the point and the exponent to show."""
    sign = sign_text(negative, spec)
    kind = spec['type']
    if fracpart:
        fracpart = spec['point'] + fracpart
    if exp != 0 or kind in 'eE':
        fracpart += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    if kind == '%':
        fracpart += '%'
    width = spec['width'] - len(fracpart) - len(sign) if spec['zeropad'] else 0
    return align(sign, group_digits(intpart, spec, width) + fracpart, spec)
