"""Content-Transfer-Encoding helpers: each encodes a message's payload in
place and sets the header to match."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
from quopri import encodestring as _quopri_encode


def _qencode(s):
    # Spaces are spelled =20 too, so that nothing can strip them in transit.
    return _quopri_encode(s, quotetabs=True).replace(' ', '=20')


def _bencode(s):
    # base64.encodestring always ends with a newline; keep one only when the
    # original data ended with one.
    if not s:
        return s
    out = base64.encodestring(s)
    if s[-1] != '\n' and out[-1:] == '\n':
        out = out[:-1]
    return out


def encode_base64(msg):
    msg.set_payload(_bencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    msg.set_payload(_qencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    payload = msg.get_payload()
    cte = '7bit'
    if payload is not None:
        try:
            payload.encode('ascii')
        except UnicodeError:
            cte = '8bit'
    msg['Content-Transfer-Encoding'] = cte


def encode_noop(msg):
    """Leaves the payload and headers as they are."""
