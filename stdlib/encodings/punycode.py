"""punycode (minipy's own): RFC 3492 Bootstring with its parameters."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def punycode_encode(text):
    basic = [str(c) for c in text if ord(c) < 0x80]
    out = list(basic)
    handled = len(basic)
    if basic:
        out.append('-')
    n, delta, bias = 0x80, 0, 72
    points = [ord(c) for c in text]
    while handled < len(points):
        m = min(p for p in points if p >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for p in points:
            if p < n:
                delta += 1
            elif p == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return ''.join(out)


def punycode_decode(data, errors):
    pos = data.rfind('-')
    if pos < 0:
        out, rest = [], data
    else:
        out = [unicode(c) for c in data[:pos]]
        rest = data[pos + 1:]
    n, i, bias, j = 0x80, 0, 72, 0
    while j < len(rest):
        old, w, k = i, 1, _BASE
        while True:
            if j >= len(rest):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return u''.join(out)
            c = rest[j].lower()
            j += 1
            digit = _DIGITS.find(c) if c.isalnum() and ord(c) < 0x80 else -1
            if digit < 0:
                if errors == 'strict':
                    raise UnicodeError('Invalid extended code point \'%s\''
                                       % rest[j - 1])
                return u''.join(out)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old, len(out) + 1, old == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10ffff:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        out.insert(i, unichr(n))
        i += 1
    return u''.join(out)


def encode(input, errors='strict'):
    return punycode_encode(input), len(input)


def decode(input, errors='strict'):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError('Unsupported error handling ' + errors)
    if isinstance(input, unicode):
        input = input.encode('ascii')
    return punycode_decode(input, errors), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder,
                            name='punycode')
