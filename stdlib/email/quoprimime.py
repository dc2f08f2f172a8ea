"""Quoted-printable for MIME: the RFC 2047 'Q' encoding of header words and
the RFC 2045 encoding of bodies."""

__all__ = ['body_decode', 'body_encode', 'body_quopri_check',
           'body_quopri_len', 'decode', 'decodestring', 'encode',
           'encodestring', 'header_decode', 'header_encode',
           'header_quopri_check', 'header_quopri_len', 'quote', 'unquote']

import re
from string import hexdigits
from email.utils import fix_eols

CRLF = '\r\n'
NL = '\n'
MISC_LEN = 7

# Characters that must be escaped: in a header word, and in a body.
hqre = re.compile(r'[^-a-zA-Z0-9!*+/ ]')
bqre = re.compile(r'[^ !-<>-~\t]')


def header_quopri_check(c):
    return hqre.match(c) is not None


def body_quopri_check(c):
    return bqre.match(c) is not None


def _escaped_len(s, pattern):
    return sum([3 if pattern.match(c) else 1 for c in s])


def header_quopri_len(s):
    return _escaped_len(s, hqre)


def body_quopri_len(str):
    return _escaped_len(str, bqre)


def _max_append(L, s, maxlen, extra=''):
    # Adds s to the last line of L when it still fits, else starts a line.
    if L and len(L[-1]) + len(s) <= maxlen:
        L[-1] += extra + s
    else:
        L.append(s.lstrip())


def unquote(s):
    return chr(int(s[1:3], 16))


def quote(c):
    return '=%02X' % ord(c)


def header_encode(header, charset='iso-8859-1', keep_eols=False,
                  maxlinelen=76, eol=NL):
    """header as =?charset?q?...?= words each fitting in maxlinelen (no
    limit when it is None), joined by eol and a space."""
    if not header:
        return header
    if not keep_eols:
        header = fix_eols(header)
    if maxlinelen is None:
        room = 100000
    else:
        room = maxlinelen - len(charset) - MISC_LEN - 1
    words = []
    for c in header:
        if c == ' ':
            piece = '_'
        elif hqre.match(c):
            piece = quote(c)
        else:
            piece = c
        _max_append(words, piece, room)
    return (eol + ' ').join(['=?%s?q?%s?=' % (charset, w) for w in words])


def encode(body, binary=False, maxlinelen=76, eol=NL):
    """body quoted-printable, soft line breaks keeping lines under
    maxlinelen; trailing blanks of a line are escaped."""
    if not body:
        return body
    if not binary:
        body = fix_eols(body)
    out = []
    lines = body.splitlines(True)
    for index, raw in enumerate(lines):
        if raw.endswith(CRLF):
            line, ended = raw[:-2], True
        elif raw[-1] in CRLF:
            line, ended = raw[:-1], True
        else:
            line, ended = raw, False
        current = ''
        last = None
        for pos, c in enumerate(line):
            last = c
            if bqre.match(c):
                c = quote(c)
            elif pos == len(line) - 1:
                # The final character: a blank is handled below.
                if c not in ' \t':
                    current += c
                continue
            if len(current) + len(c) >= maxlinelen:
                out.append(current + '=' + eol)
                current = ''
            current += c
        if last is not None and last in ' \t':
            if index == len(lines) - 1:
                tail = quote(last)
                if len(current) + len(tail) > maxlinelen:
                    out.append(current + '=' + eol + tail)
                else:
                    out.append(current + tail)
            else:
                out.append(current + last + '=' + eol)
            current = ''
        out.append(current + eol if ended else current)
    return ''.join(out)


body_encode = encodestring = encode


def decode(encoded, eol=NL):
    """The text a quoted-printable body stands for, lines ended by eol."""
    if not encoded:
        return encoded
    out = []
    for line in encoded.splitlines():
        line = line.rstrip()
        if not line:
            out.append(eol)
            continue
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if c != '=':
                out.append(c)
                i += 1
            elif i + 1 == n:
                # A soft line break: the line continues.
                i += 1
                continue
            elif i + 2 < n and line[i + 1] in hexdigits and line[i + 2] in hexdigits:
                out.append(unquote(line[i:i + 3]))
                i += 3
            else:
                out.append(c)
                i += 1
            if i == n:
                out.append(eol)
    text = ''.join(out)
    if text.endswith(eol) and not encoded.endswith(eol):
        text = text[:-1]
    return text


body_decode = decodestring = decode


def header_decode(s):
    """The text of a Q-encoded header word (underscores are spaces)."""
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)),
                  s.replace('_', ' '))
