import zlib
def t(f, *a, **k):
    try: print repr(f(*a, **k))
    except Exception as e: print type(e).__name__, e
t(zlib.compress, 'hello'*10); t(zlib.compress, 'hello', 9); t(zlib.compress, 'hello', 0); t(zlib.compress, 'hello', 10); t(zlib.compress, 'hello', -2)
t(zlib.decompress, 'xxx'); t(zlib.decompress, zlib.compress('hello')[:-3]); t(zlib.decompress, zlib.compress('hello')+'junk')
t(zlib.decompress, zlib.compress('hello'), 100)
t(zlib.compressobj, 1, 8, 100)
t(zlib.compressobj, 1, 9)
t(zlib.decompressobj, 100)
print type(zlib.decompressobj(40)).__name__
print zlib.decompress(zlib.compress('hello'), 47)
c = zlib.compressobj(6, zlib.DEFLATED, 31); g = c.compress('hi')+c.flush(); print repr(g[10:]), len(g)
print zlib.decompress(g, 31), zlib.decompress(g, 47)
d = zlib.decompressobj()
t(d.decompress, 'xxxx')
d = zlib.decompressobj(); x = zlib.compress('a'*1000)
t(d.decompress, x, -1)
print len(d.decompress(x, 10)), len(d.unconsumed_tail), repr(d.unused_data)
y = d.unconsumed_tail
print len(d.decompress(y+'extra')), repr(d.unused_data), repr(d.unconsumed_tail), len(d.flush())
t(d.decompress, 'more'); print repr(d.unused_data)
print type(d).__name__, type(c).__name__, zlib.ZLIB_VERSION[:3]
c = zlib.compressobj()
print repr(c.compress('abc')), repr(c.flush(zlib.Z_SYNC_FLUSH)), repr(c.flush())
t(c.flush); t(c.compress, 'x')
print zlib.crc32('hello'), zlib.crc32('hello', 2**33), zlib.adler32('hello'), zlib.adler32('x'*10000), zlib.adler32('hi', -1)
print [getattr(zlib, n) for n in sorted(dir(zlib)) if n.isupper() and n != 'ZLIB_VERSION']
print sorted(n for n in dir(zlib) if not n.startswith('__'))
t(zlib.decompress, '')
d = zlib.decompressobj(); print repr(d.decompress(zlib.compress('xyz')[:5])), repr(d.flush())
t(zlib.decompress, zlib.compress('x'), 15, 0)
