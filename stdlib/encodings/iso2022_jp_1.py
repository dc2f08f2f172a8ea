"""The iso2022_jp_1 codec: a front over _multibytecodec (see _cjk_front)."""
from encodings._cjk_front import make as _make
globals().update(_make('iso2022_jp_1'))
