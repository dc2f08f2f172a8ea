"""Guessing a sound file's format from its header.  Each test returns
(type, sampling rate, channels, frames or -1, bits per sample) or None."""

__all__ = ["what", "whathdr"]


def what(filename):
    return whathdr(filename)


def whathdr(filename):
    f = open(filename, 'rb')
    try:
        head = f.read(512)
        for test in tests:
            found = test(head, f)
            if found:
                return found
    finally:
        f.close()
    return None


def get_long_be(s):
    return (ord(s[0]) << 24) | (ord(s[1]) << 16) | (ord(s[2]) << 8) | ord(s[3])


def get_long_le(s):
    return get_long_be(s[3::-1])


def get_short_be(s):
    return (ord(s[0]) << 8) | ord(s[1])


def get_short_le(s):
    return get_short_be(s[1::-1])


def test_aifc(h, f):
    if h[:4] != 'FORM' or h[8:12] not in ('AIFC', 'AIFF'):
        return None
    try:
        import aifc
    except ImportError:
        return None
    f.seek(0)
    try:
        a = aifc.openfp(f, 'r')
    except (EOFError, aifc.Error):
        return None
    return (h[8:12].lower(), a.getframerate(), a.getnchannels(),
            a.getnframes(), 8 * a.getsampwidth())


def test_au(h, f):
    if h[:4] == '.snd':
        number = get_long_be
    elif h[:4] in ('\0ds.', 'dns.'):
        number = get_long_le
    else:
        return None
    data_size = number(h[8:12])
    encoding = number(h[12:16])
    rate = number(h[16:20])
    channels = number(h[20:24])
    width, bits = {1: (1, 'U'), 2: (1, 8), 3: (2, 16)}.get(encoding, (1, '?'))
    return 'au', rate, channels, data_size // (width * channels), bits


def test_hcom(h, f):
    if h[65:69] != 'FSSD' or h[128:132] != 'HCOM':
        return None
    return 'hcom', 22050 // get_long_be(h[144:148]), 1, -1, 8


def test_voc(h, f):
    if h[:20] != 'Creative Voice File\032':
        return None
    block = get_short_le(h[20:22])
    rate = 0
    if 0 <= block < 500 and h[block] == '\1':
        rate = int(1000000.0 / (256 - ord(h[block + 4])))
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    if h[:4] != 'RIFF' or h[8:12] != 'WAVE' or h[12:16] != 'fmt ':
        return None
    return ('wav', get_long_le(h[24:28]), get_short_le(h[22:24]), -1,
            get_short_le(h[34:36]))


def test_8svx(h, f):
    if h[:4] == 'FORM' and h[8:12] == '8SVX':
        return '8svx', 0, 1, 0, 8


def test_sndt(h, f):
    if h[:5] == 'SOUND':
        return 'sndt', get_short_le(h[20:22]), 1, get_long_le(h[8:12]), 8


def test_sndr(h, f):
    if h[:2] == '\0\0':
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx,
         test_sndt, test_sndr]
