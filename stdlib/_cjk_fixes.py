"""Where CPython 2.7's CJK codecs differ from the WHATWG tables of `_cjk`:
per codec, decode overrides (bytes -> unicode, None to drop) and encode
overrides (unicode -> bytes, None to refuse)."""

_DEC = {}
_ENC = {}


def fixes(name):
    return _DEC.get(name, ()), _ENC.get(name, ())
