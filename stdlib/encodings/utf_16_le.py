"""utf-16-le (minipy): the codec `codecs` implements."""

from encodings import _exported

globals().update(_exported('utf_16_le'))
