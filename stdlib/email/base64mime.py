"""Base64 for MIME: RFC 2047 encoded words for headers, and wrapped base64
bodies."""

__all__ = ['base64_len', 'body_decode', 'body_encode', 'decode',
           'decodestring', 'encode', 'encodestring', 'header_encode']

from binascii import a2b_base64, b2a_base64
from email.utils import fix_eols

CRLF = '\r\n'
NL = '\n'
EMPTYSTRING = ''
# '=?' + '?b?' + '?=' around the charset name
MISC_LEN = 7


def base64_len(s):
    """Length of s once base64 encoded (without line breaks)."""
    return (len(s) + 2) // 3 * 4


def header_encode(header, charset='iso-8859-1', keep_eols=False,
                  maxlinelen=76, eol=NL):
    """header as one or more =?charset?b?...?= words, each fitting in
    maxlinelen, joined by eol and a space."""
    if not header:
        return header
    if not keep_eols:
        header = fix_eols(header)
    room = (maxlinelen - len(charset) - MISC_LEN) * 3 // 4
    words = []
    for start in range(0, len(header), room):
        text = b2a_base64(header[start:start + room])
        if text.endswith(NL):
            text = text[:-1]
        words.append('=?%s?b?%s?=' % (charset, text))
    return (eol + ' ').join(words)


def encode(s, binary=True, maxlinelen=76, eol=NL):
    """s in base64, lines of at most maxlinelen characters each ended by
    eol.  Unless binary, line ends in s become CRLF first."""
    if not s:
        return s
    if not binary:
        s = fix_eols(s)
    step = maxlinelen * 3 // 4
    out = []
    for start in range(0, len(s), step):
        text = b2a_base64(s[start:start + step])
        if eol != NL and text.endswith(NL):
            text = text[:-1] + eol
        out.append(text)
    return EMPTYSTRING.join(out)


body_encode = encodestring = encode


def decode(s, convert_eols=None):
    """The bytes s encodes; with convert_eols, CRLFs become that string."""
    if not s:
        return s
    data = a2b_base64(s)
    if convert_eols:
        data = data.replace(CRLF, convert_eols)
    return data


body_decode = decodestring = decode
