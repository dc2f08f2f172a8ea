"""rot-13 (minipy): the codec `codecs` implements."""

from encodings import _exported

globals().update(_exported('rot_13'))
