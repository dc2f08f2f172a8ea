# A unicode format is kept as an ASCII str.
import struct
s = struct.Struct(u"I")
print repr(s.format), s.size, s.pack(3) == struct.pack("I", 3)
try: struct.Struct(u"\xe9")
except Exception as e: print type(e).__name__, e
print repr(struct.Struct("<h").format)
