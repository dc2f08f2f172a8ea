from . import _mod_a
from ._mod_b import NAME
def info():
    return _mod_a.VALUE, NAME, __name__
