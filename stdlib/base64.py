"""Base16, base32 and base64 encodings (RFC 3548), minipy's own, over
binascii."""

import binascii

__all__ = ['encode', 'decode', 'encodestring', 'decodestring',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3

_IDENTITY = ''.join([chr(i) for i in range(256)])


def _swap_table(src, dst):
    # A translate() table mapping each char of src to the one of dst.
    table = list(_IDENTITY)
    for a, b in zip(src, dst):
        table[ord(a)] = b
    return ''.join(table)


def b64encode(s, altchars=None):
    """Base64 of s; altchars (2 chars) replace '+' and '/'."""
    out = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        return out.translate(_swap_table('+/', altchars[:2]))
    return out


def b64decode(s, altchars=None):
    """Decodes base64; characters outside the alphabet are skipped.
    Bad padding raises TypeError."""
    if altchars is not None:
        s = s.translate(_swap_table(altchars[:2], '+/'))
    try:
        return binascii.a2b_base64(s)
    except binascii.Error as e:
        raise TypeError(e)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_URLSAFE_ENC = _swap_table('+/', '-_')
_URLSAFE_DEC = _swap_table('-_', '+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_URLSAFE_ENC)


def urlsafe_b64decode(s):
    return b64decode(s.translate(_URLSAFE_DEC))


_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_VALUE = dict((c, i) for i, c in enumerate(_B32))
# Bytes of the last group that survive, by the count of pad characters.
_B32_KEEP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def b32encode(s):
    """Base32 of s, padded with '=' to a multiple of 8 characters."""
    if not isinstance(s, str):
        s = str(s)
    out = []
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = 0
        for c in chunk + '\0' * (5 - len(chunk)):
            n = (n << 8) | ord(c)
        group = [_B32[(n >> (35 - 5 * k)) & 31] for k in range(8)]
        used = (len(chunk) * 8 + 4) // 5
        out.append(''.join(group[:used]) + '=' * (8 - used))
    return ''.join(out)


def b32decode(s, casefold=False, map01=None):
    """Decodes base32. casefold accepts lowercase; map01 tells what '1'
    stands for (and '0' becomes 'O'). Errors raise TypeError."""
    if len(s) % 8:
        raise TypeError('Incorrect padding')
    if map01 is not None:
        s = s.translate(_swap_table('01', 'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip('=')
    pads = len(s) - len(body)
    out = []
    n = 0
    count = 0
    for c in body:
        v = _B32_VALUE.get(c)
        if v is None:
            raise TypeError('Non-base32 digit found')
        n = (n << 5) | v
        count += 1
        if count == 8:
            out.append(binascii.unhexlify('%010x' % n))
            n = 0
            count = 0
    # The last group: what is left, shifted into place.
    n <<= 5 * (8 - count) if count else 0
    last = binascii.unhexlify('%010x' % n)
    if pads not in _B32_KEEP:
        raise TypeError('Incorrect padding')
    out.append(last[:_B32_KEEP[pads]] if pads else '')
    return ''.join(out)


def b16encode(s):
    """Base16 (uppercase hex) of s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decodes base16; lowercase only with casefold."""
    if casefold:
        s = s.upper()
    for c in s:
        if c not in '0123456789ABCDEF':
            raise TypeError('Non-base16 digit found')
    return binascii.unhexlify(s)


def encode(input, output):
    """Base64 of the file input, written to output in 76-char lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes the base64 lines of the file input into output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Base64 of s in lines of at most 76 characters, each ending in a
    newline."""
    return ''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE)])


def decodestring(s):
    """Decodes a base64 string (several lines allowed)."""
    return binascii.a2b_base64(s)
