# wave, aifc and chunk: write, read back, headers, errors
import wave, aifc, chunk, io, struct

class Keep(io.BytesIO):
    def close(self):
        pass

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

frames = ''.join(struct.pack('<h', v) for v in (0, 1000, -1000, 32000, -32000, 5, 77, -77))
b = io.BytesIO()
w = wave.open(b, 'wb')
w.setparams((2, 2, 8000, 0, 'NONE', 'not compressed'))
w.writeframes(frames)
print w.getnframes(), w.tell()
w.close()
data = b.getvalue()
print repr(data[:44])
r = wave.open(io.BytesIO(data))
print r.getparams(), r.readframes(1) == frames[:4], r.tell()
r.setpos(3)
print repr(r.readframes(10)), r.getmarkers()
show(lambda: r.setpos(99))
show(lambda: r.getmark(1))
show(lambda: wave.open(io.BytesIO('RIFF\x04\x00\x00\x00WAVX')))
show(lambda: wave.open(io.BytesIO('junk....')))
show(lambda: wave.open(b, 'x'))
w = wave.open(io.BytesIO(), 'wb')
show(w.getnchannels)
show(lambda: w.setsampwidth(5))
show(lambda: w.setcomptype('ULAW', ''))
show(w.close)

for kind in ('aiff', 'aifc'):
    b = Keep()
    a = aifc.open(b, 'wb')
    getattr(a, kind)()
    a.setparams((1, 2, 11025, 0, 'NONE', 'not compressed'))
    a.setmark(1, 2, 'two')
    a.writeframes(struct.pack('>4h', 1, -2, 300, -400))
    a.close()
    data = b.getvalue()
    print kind, repr(data)
    r = aifc.open(io.BytesIO(data))
    print r.getparams(), r.getmarkers(), repr(r.readframes(4)), r.tell()
    show(lambda: r.getmark(9))
b = Keep()
a = aifc.open(b, 'wb')
a.setparams((1, 2, 8000, 0, 'ULAW', ''))
a.writeframes(struct.pack('<6h', 0, 100, -100, 8000, -8000, 32000))
a.close()
r = aifc.open(io.BytesIO(b.getvalue()))
print r.getparams(), struct.unpack('<6h', r.readframes(6))
for x in (0, 1, -1.5, 44100, 1e-300):
    f = io.BytesIO()
    aifc._write_float(f, x)
    f.seek(0)
    print repr(f.getvalue()), aifc._read_float(f)
show(lambda: aifc._write_string(io.BytesIO(), 'x' * 300))
show(lambda: aifc.open(io.BytesIO('FORM\x00\x00\x00\x04WRNG')))
show(lambda: aifc.open(io.BytesIO('FORM\x00\x00\x00\x04AIFF')))
c = chunk.Chunk(io.BytesIO('ABCD\x00\x00\x00\x03xyz!EFGH'))
print c.getname(), c.getsize(), c.read(2), c.tell(), c.read(), c.read()
c.seek(1)
print c.read(5)
show(lambda: c.seek(9))
c.close()
show(c.read)
c = chunk.Chunk(io.BytesIO('\x03\x00\x00\x00ABCDxyz'), bigendian=False)
print repr(c.getname()), c.getsize()
show(lambda: chunk.Chunk(io.BytesIO('AB')))
