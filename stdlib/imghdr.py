"""Guessing an image file's format from its first bytes."""

__all__ = ["what"]


def what(file, h=None):
    """The image format ('png', 'gif', 'jpeg', ...) of a file (name or
    open file, read from its current position) or of the bytes h, or
    None."""
    opened = None
    try:
        if h is None:
            if isinstance(file, basestring):
                opened = open(file, 'rb')
                h = opened.read(32)
            else:
                where = file.tell()
                h = file.read(32)
                file.seek(where)
        for test in tests:
            found = test(h, opened)
            if found:
                return found
    finally:
        if opened:
            opened.close()
    return None


def _netpbm(digits, name):
    def test(h, f):
        if len(h) >= 3 and h[0] == 'P' and h[1] in digits and h[2] in ' \t\n\r':
            return name
    test.__name__ = 'test_' + name
    return test


def test_jpeg(h, f):
    if h[6:10] == 'JFIF':
        return 'jpeg'


def test_exif(h, f):
    if h[6:10] == 'Exif':
        return 'jpeg'


def test_png(h, f):
    if h.startswith('\x89PNG\r\n\x1a\n'):
        return 'png'


def test_gif(h, f):
    if h[:6] in ('GIF87a', 'GIF89a'):
        return 'gif'


def test_tiff(h, f):
    if h[:2] in ('MM', 'II'):
        return 'tiff'


def test_rgb(h, f):
    # SGI image library
    if h.startswith('\x01\xda'):
        return 'rgb'


test_pbm = _netpbm('14', 'pbm')
test_pgm = _netpbm('25', 'pgm')
test_ppm = _netpbm('36', 'ppm')


def test_rast(h, f):
    # Sun raster
    if h.startswith('\x59\xa6\x6a\x95'):
        return 'rast'


def test_xbm(h, f):
    if h.startswith('#define '):
        return 'xbm'


def test_bmp(h, f):
    if h.startswith('BM'):
        return 'bmp'


tests = [test_jpeg, test_exif, test_png, test_gif, test_tiff, test_rgb,
         test_pbm, test_pgm, test_ppm, test_rast, test_xbm, test_bmp]
