"""cp1254 (minipy): an 8-bit codec over its table in _charmaps."""

from encodings import _exported

globals().update(_exported('cp1254'))
