# bin/hex/oct and math use __index__/__float__ of user objects.
import math
class I(object):
    def __index__(self): return 5
    def __float__(self): return 2.25
print bin(I()), repr(bin(I()))
print math.sqrt(I()), math.floor(I())
def kw(**k): return sorted(k.items())
class Mapping(object):
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print kw(**Mapping())
