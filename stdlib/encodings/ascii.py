"""ascii (minipy): the codec `codecs` implements."""

from encodings import _exported

globals().update(_exported('ascii'))
