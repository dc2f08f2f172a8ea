"""utf-32-le (minipy): the codec `codecs` implements."""

from encodings import _exported

globals().update(_exported('utf_32_le'))
