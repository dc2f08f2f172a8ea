"""utf-32-be (minipy): the codec `codecs` implements."""

from encodings import _exported

globals().update(_exported('utf_32_be'))
