"""Character sets for MIME: which encoding each uses in headers and bodies,
and the conversions between input and output charsets."""

__all__ = ['Charset', 'add_alias', 'add_charset', 'add_codec']

import codecs
import email.base64mime
import email.quoprimime
from email import errors
from email.encoders import encode_7or8bit

# Encodings a charset may use.
QP = 1
BASE64 = 2
SHORTEST = 3            # headers only: whichever is shorter

MISC_LEN = 7
DEFAULT_CHARSET = 'us-ascii'

# charset -> (header encoding, body encoding, output charset)
CHARSETS = {}
for _name in ('iso-8859-1', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4',
              'iso-8859-9', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14',
              'iso-8859-15', 'iso-8859-16', 'windows-1252', 'viscii'):
    CHARSETS[_name] = (QP, QP, None)
CHARSETS.update({
    'us-ascii': (None, None, None),
    'big5': (BASE64, BASE64, None),
    'gb2312': (BASE64, BASE64, None),
    'euc-jp': (BASE64, None, 'iso-2022-jp'),
    'shift_jis': (BASE64, None, 'iso-2022-jp'),
    'iso-2022-jp': (BASE64, None, None),
    'koi8-r': (BASE64, BASE64, None),
    'utf-8': (SHORTEST, BASE64, 'utf-8'),
    '8bit': (None, BASE64, 'utf-8'),
})

ALIASES = {
    'cp949': 'ks_c_5601-1987',
    'euc_jp': 'euc-jp',
    'euc_kr': 'euc-kr',
    'ascii': 'us-ascii',
}
for _number, _iso in enumerate(['1', '2', '3', '4', '9', '10', '13', '14',
                                '15', '16']):
    for _sep in '_-':
        ALIASES['latin%s%d' % (_sep, _number + 1)] = 'iso-8859-' + _iso
del _name, _number, _iso, _sep

# charset -> Python codec name (None: no conversion needed)
CODEC_MAP = {
    'gb2312': 'eucgb2312_cn',
    'big5': 'big5_tw',
    'us-ascii': None,
}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    """Registers (or replaces) how a charset is encoded."""
    if body_enc == SHORTEST:
        raise ValueError('SHORTEST not allowed for body_enc')
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset:
    """A character set's name and the way MIME encodes text in it."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        # The name must be ASCII (it goes into headers).
        try:
            if isinstance(input_charset, unicode):
                input_charset.encode('ascii')
            else:
                input_charset = unicode(input_charset, 'ascii')
        except UnicodeError:
            raise errors.CharsetError(input_charset)
        name = input_charset.lower().encode('ascii')
        if name not in ALIASES and name not in CHARSETS:
            try:
                name = codecs.lookup(name).name
            except LookupError:
                pass
        self.input_charset = ALIASES.get(name, name)
        henc, benc, conv = CHARSETS.get(self.input_charset,
                                        (SHORTEST, BASE64, None))
        conv = conv or self.input_charset
        self.header_encoding = henc
        self.body_encoding = benc
        self.output_charset = ALIASES.get(conv, conv)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset,
                                          self.output_charset)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __ne__(self, other):
        return not self == other

    def get_body_encoding(self):
        """'quoted-printable', 'base64', or the encoder function setting
        7bit/8bit."""
        assert self.body_encoding != SHORTEST
        if self.body_encoding == QP:
            return 'quoted-printable'
        if self.body_encoding == BASE64:
            return 'base64'
        return encode_7or8bit

    def convert(self, s):
        if self.input_codec == self.output_codec:
            return s
        return unicode(s, self.input_codec).encode(self.output_codec)

    def to_splittable(self, s):
        """s as unicode when its codec is known (so it splits on character
        boundaries), else as it is."""
        if isinstance(s, unicode) or self.input_codec is None:
            return s
        try:
            return unicode(s, self.input_codec, 'replace')
        except LookupError:
            return s

    def from_splittable(self, ustr, to_output=True):
        """Back to bytes, in the output (or input) codec."""
        codec = self.output_codec if to_output else self.input_codec
        if codec is None or not isinstance(ustr, unicode):
            return ustr
        try:
            return ustr.encode(codec, 'replace')
        except LookupError:
            return ustr

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def encoded_header_len(self, s):
        """Length of s as an encoded header word in this charset."""
        cset = self.get_output_charset()
        enc = self.header_encoding
        if enc == BASE64:
            size = email.base64mime.base64_len(s)
        elif enc == QP:
            size = email.quoprimime.header_quopri_len(s)
        elif enc == SHORTEST:
            size = min(email.base64mime.base64_len(s),
                       email.quoprimime.header_quopri_len(s))
        else:
            return len(s)
        return size + len(cset) + MISC_LEN

    def header_encode(self, s, convert=False):
        """s as an RFC 2047 encoded word (unchanged when the charset needs
        no header encoding)."""
        cset = self.get_output_charset()
        if convert:
            s = self.convert(s)
        enc = self.header_encoding
        if enc == SHORTEST:
            if email.base64mime.base64_len(s) < email.quoprimime.header_quopri_len(s):
                enc = BASE64
            else:
                enc = QP
        if enc == BASE64:
            return email.base64mime.header_encode(s, cset)
        if enc == QP:
            return email.quoprimime.header_encode(s, cset, maxlinelen=None)
        return s

    def body_encode(self, s, convert=True):
        if convert:
            s = self.convert(s)
        if self.body_encoding is BASE64:
            return email.base64mime.body_encode(s)
        if self.body_encoding is QP:
            return email.quoprimime.body_encode(s)
        return s
