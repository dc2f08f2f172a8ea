"""iso8859-7 (minipy): an 8-bit codec over its table in _charmaps."""

from encodings import _exported

globals().update(_exported('iso8859_7'))
