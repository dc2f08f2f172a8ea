"""Headers holding text in several character sets: RFC 2047 encoding,
decoding and line folding."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email.charset import Charset

NL = '\n'
SPACE = ' '
USPACE = u' '
SPACE8 = ' ' * 8
UEMPTYSTRING = u''
MAXLINELEN = 76

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# An encoded word: =?charset?q-or-b?text?= followed by a blank or the end.
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qb])\?'
                  r'(?P<encoded>.*?)\?=(?=[ \t]|$)',
                  re.IGNORECASE | re.MULTILINE)

# A field name with its colon, as the first word of a header line.
fcre = re.compile(r'[\041-\176]+:$')

# A folded value must not start a new header on one of its lines.
_embeded_header = re.compile(r'\n[^ \t]+:')

_max_append = email.quoprimime._max_append


def _decode_word(encoding, text):
    if encoding == 'q':
        return email.quoprimime.header_decode(text)
    # base64: be lenient about missing padding
    missing = len(text) % 4
    if missing:
        text += '=' * (4 - missing)
    try:
        return email.base64mime.decode(text)
    except binascii.Error:
        raise HeaderParseError


def decode_header(header):
    """[(text, charset)] for a header value: charset None for plain text,
    else the lower-cased charset of the encoded words it came from."""
    header = str(header)
    if not ecre.search(header):
        return [(header, None)]
    result = []

    def add(text, charset):
        if result and result[-1][1] == charset:
            joiner = SPACE if charset is None else ''
            result[-1] = (result[-1][0] + joiner + text, charset)
        else:
            result.append((text, charset))

    for line in header.splitlines():
        if not ecre.search(line):
            result.append((line, None))
            continue
        pos = 0
        for mo in ecre.finditer(line):
            plain = line[pos:mo.start()].strip()
            if plain:
                add(plain, None)
            charset = mo.group('charset').lower()
            encoding = mo.group('encoding').lower()
            add(_decode_word(encoding, mo.group('encoded')), charset)
            pos = mo.end()
        plain = line[pos:].strip()
        if plain:
            add(plain, None)
    return result


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(text, charset)
    return h


class Header:
    """A header value made of chunks, each in its own charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        # The first line also holds "Name: ".
        if header_name is None:
            self._firstlinelen = maxlinelen
        else:
            self._firstlinelen = maxlinelen - len(header_name) - 2
        self._maxlinelen = maxlinelen - len(continuation_ws.replace('\t', SPACE8))

    def __str__(self):
        return self.encode()

    def __unicode__(self):
        # Encoded words are separated by a space from plain ones on
        # either side (RFC 2047 drops the space between two encoded ones).
        parts = []
        previous = None
        for text, charset in self._chunks:
            current = charset
            if parts:
                plain_before = previous in (None, 'us-ascii')
                plain_now = current in (None, 'us-ascii')
                if not plain_before and plain_now:
                    parts.append(USPACE)
                    current = None
                elif plain_before and not plain_now:
                    parts.append(USPACE)
            previous = current
            parts.append(unicode(text, str(charset)))
        return UEMPTYSTRING.join(parts)

    def __eq__(self, other):
        return other == self.encode()

    def __ne__(self, other):
        return not self == other

    def append(self, s, charset=None, errors='strict'):
        """Adds s in charset (default: the header's).  A byte string must
        decode in that charset; a unicode string is stored encoded in the
        first of us-ascii, charset, utf-8 that can hold it."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if charset != '8bit':
            if isinstance(s, str):
                text = unicode(s, charset.input_codec or 'us-ascii', errors)
                text.encode(charset.output_codec or 'us-ascii', errors)
            elif isinstance(s, unicode):
                for candidate in (USASCII, charset, UTF8):
                    try:
                        s = s.encode(candidate.output_codec or 'us-ascii',
                                     errors)
                    except UnicodeError:
                        continue
                    charset = candidate
                    break
        self._chunks.append((s, charset))

    def _split(self, s, charset, maxlinelen, splitchars):
        # [(piece, charset)] whose encoded forms fit: the first in
        # maxlinelen, the rest in the continuation line length.
        splittable = charset.to_splittable(s)
        whole = charset.from_splittable(splittable, True)
        if charset.encoded_header_len(whole) <= maxlinelen:
            return [(whole, charset)]
        if charset == '8bit':
            return [(s, charset)]
        if charset == 'us-ascii':
            lines = _split_ascii(s, maxlinelen, self._maxlinelen,
                                 self._continuation_ws, splitchars)
            return [(line, charset) for line in lines]
        if charset.encoded_header_len(whole) == len(s):
            head = charset.from_splittable(splittable[:maxlinelen], False)
            rest = charset.from_splittable(splittable[maxlinelen:], False)
        else:
            head, rest = _binsplit(splittable, charset, maxlinelen)
        head = charset.from_splittable(charset.to_splittable(head), True)
        return [(head, charset)] + self._split(rest, charset,
                                               self._maxlinelen, splitchars)

    def _encode_chunks(self, newchunks, maxlinelen):
        lines = []
        for text, charset in newchunks:
            if not text:
                continue
            if charset is not None and charset.header_encoding is not None:
                text = charset.header_encode(text)
            sep = '' if lines and lines[-1].endswith(' ') else ' '
            _max_append(lines, text, maxlinelen, sep)
        return (NL + self._continuation_ws).join(lines)

    def encode(self, splitchars=';, '):
        """The header value folded into lines that fit, non-ASCII chunks
        as RFC 2047 encoded words.  ASCII text breaks preferably after the
        characters of splitchars, in order."""
        pieces = []
        limit = self._firstlinelen
        used = 0
        for text, charset in self._chunks:
            room = limit - used - 1
            if room < charset.encoded_header_len(''):
                room = limit
            pieces.extend(self._split(text, charset, room, splitchars))
            last_text, last_charset = pieces[-1]
            used = last_charset.encoded_header_len(last_text)
        value = self._encode_chunks(pieces, limit)
        if _embeded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value


def _split_ascii(s, firstlen, restlen, continuation_ws, splitchars):
    """ASCII text folded into lines: the first at most firstlen long, the
    others restlen, breaking after the first of splitchars the line has."""
    lines = []
    limit = firstlen
    indent = len(continuation_ws.replace('\t', SPACE8))
    for line in s.splitlines():
        line = line.lstrip()
        if len(line) < limit:
            lines.append(line)
            limit = restlen
            continue
        breaker = None
        for ch in splitchars:
            if ch in line:
                breaker = ch
                break
        if breaker is None:
            lines.append(line)
            limit = restlen
            continue
        # ';' and ',' stay at the end of the line they end.
        eol = breaker if breaker in ';,' else ''
        joiner = eol + ' '
        current = []
        size = 0
        for part in re.split(r'%s\s*' % re.escape(breaker), line):
            need = size + max(0, len(current) - 1) * len(joiner)
            if (breaker == ' ' and not lines and len(current) == 1
                    and fcre.match(current[0])):
                # Never separate a leading "Field:" from what follows.
                current.append(part)
                size += len(part)
            elif need + len(part) > limit:
                if current:
                    lines.append(joiner.join(current) + eol)
                if len(part) > limit and breaker != ' ':
                    sub = _split_ascii(part, limit, restlen,
                                       continuation_ws, ' ')
                    lines.extend(sub[:-1])
                    current = [sub[-1]]
                else:
                    current = [part]
                size = indent + len(current[-1])
                limit = restlen
            else:
                current.append(part)
                size += len(part)
        if current:
            lines.append(joiner.join(current))
    return lines


def _binsplit(splittable, charset, maxlinelen):
    # The longest prefix whose encoded form fits in maxlinelen.
    low, high = 0, len(splittable)
    while low < high:
        mid = (low + high + 1) // 2
        encoded = charset.from_splittable(splittable[:mid], True)
        if charset.encoded_header_len(encoded) <= maxlinelen:
            low = mid
        else:
            high = mid - 1
    return (charset.from_splittable(splittable[:low], False),
            charset.from_splittable(splittable[low:], False))
