"""The cp950 codec: a front over _multibytecodec (see _cjk_front)."""
from encodings._cjk_front import make as _make
globals().update(_make('cp950'))
