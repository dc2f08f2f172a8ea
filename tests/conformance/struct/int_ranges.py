import struct

def t(f, *a):
    try: print repr(f(*a)),
    except Exception as e: print type(e).__name__, e,
class I(object):
    def __init__(s, v): s.v = v
    def __index__(self): return self.v
class J(object):
    def __int__(self): return 2**70
for order in '@<>':
  for c in 'bBhHiIlLqQ':
    f = order + c
    print f,
    t(struct.pack, f, -1L); t(struct.pack, f, -1); t(struct.pack, f, I(2**70)); t(struct.pack, f, 1e30); t(struct.pack, f, J()); t(struct.pack, f, -2**62);t(struct.pack, f, 2**63); t(struct.pack, f, I(-1))
    print
