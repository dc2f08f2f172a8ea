import bz2
c = bz2.compress('a'*10)
print repr(c)
print repr(bz2.decompress(c)), len(bz2.decompress(c*2))
for bad in ['xx', c[:-3], 'BZh9garbage'*3, '']:
    try: print repr(bz2.decompress(bad))
    except Exception as e: print repr(e)
d = bz2.BZ2Decompressor()
print repr(d.decompress(c+'tail')), repr(d.unused_data)
try: d.decompress('x')
except Exception as e: print repr(e)
x = bz2.BZ2Compressor(); x.compress('abc'); print repr(x.flush())
for f in (lambda: x.compress('a'), x.flush):
    try: f()
    except Exception as e: print repr(e)
for l in (0, 10, -1):
    try: bz2.BZ2Compressor(l)
    except Exception as e: print repr(e)
import random
r = random.Random(1); data = ''.join(chr(r.randrange(60)) for i in xrange(50000))
print bz2.decompress(bz2.compress(data, 1)) == data, len(bz2.compress(data))
