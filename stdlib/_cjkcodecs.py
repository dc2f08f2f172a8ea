"""The coders of minipy's CJK codecs: what each codec's bytes mean.

Tables come from the native `_cjk` module (WHATWG data from encoding_rs),
cut to the code space of each codec and corrected with the override data
of `_cjk_fixes` where CPython 2.7's codecs differ. Every table is built on
the first use of a codec that needs it. The error policy and the
incremental machinery are in `_multibytecodec`.
"""

import _cjk

_tables = {}


def _raw(name):
    t = _tables.get(name)
    if t is None:
        t = _tables[name] = _cjk.table(name)
    return t


def _pairs(name, keep=None):
    """{two-byte str: unicode} of a native table, filtered by keep(code, cp)."""
    flat = _raw(name)
    d = {}
    for k in xrange(0, len(flat), 2):
        code, cp = flat[k], flat[k + 1]
        if keep is None or keep(code, cp):
            d[chr(code >> 8) + chr(code & 255)] = unichr(cp)
    return d


def _apply_fixes(name, dec, enc):
    import _cjk_fixes
    dfix, efix = _cjk_fixes.fixes(name)
    for fix in dfix:
        if len(fix) == 3:
            # a run of two-byte codes under one lead byte, all dropped
            first, last = fix[0], fix[1]
            for trail in range(ord(first[1]), ord(last[1]) + 1):
                dec.pop(first[0] + chr(trail), None)
            continue
        b, u = fix
        if u is None:
            dec.pop(b, None)
        else:
            dec[b] = u
    inv = {}
    for b, u in dec.items():
        prev = inv.get(u)
        if prev is None or b < prev:
            inv[u] = b
    for u, b in efix:
        if b is None:
            inv.pop(u, None)
        else:
            inv[u] = b
    enc.update(inv)


class _Coder(object):
    name = ''
    flush_pending_text = False

    def new_state(self):
        return None

    def encode_flush(self, state, out):
        pass


_ASCII_DEC = dict((chr(i), unichr(i)) for i in range(128))
_ASCII_ENC = dict((unichr(i), chr(i)) for i in range(128))


class DoubleByte(_Coder):
    """A stateless codec of single bytes and two-byte sequences (and, for
    EUC-JP, three-byte ones after a prefix byte)."""

    bad_pair = 2          # length of an unknown two-byte sequence error

    bad_single = 1        # length of the error at a byte that leads nothing
    _wide = None          # a two-byte prefix of eight-byte sequences

    def __init__(self, name, build, leads, singles=None, triple=None,
                 bad_single=1):
        self.name = name
        self.bad_single = bad_single
        self._build = build
        self._leads = leads
        self._singles = singles or {}
        self._triple = triple
        self._dec = None

    def _load(self):
        dec = dict(_ASCII_DEC)
        for b, u in self._singles.items():
            dec[b] = u
        dec.update(self._build())
        enc = {}
        _apply_fixes(self.name, dec, enc)
        self._enc = enc
        self._dec = dec

    def decode_run(self, state, data, i, n, out):
        if self._dec is None:
            self._load()
        dec, leads, triple = self._dec, self._leads, self._triple
        while i < n:
            c = data[i]
            u = dec.get(c)
            if u is not None:
                out.append(u)
                i += 1
                continue
            if c not in leads:
                return i, self.bad_single
            w = 3 if c == triple else 2
            if i + w > n:
                return i, -1
            if self._wide and data[i:i + 2] == self._wide:
                w = 8
                if i + w > n:
                    return i, -1
                u = dec.get(data[i:i + w])
                if u is None:
                    return i, w
                out.append(u)
                i += w
                continue
            u = dec.get(data[i:i + w])
            if u is None:
                return i, w if w == 3 else self.bad_pair
            out.append(u)
            i += w
        return i, None

    def encode_run(self, state, text, i, n, out, flush):
        if self._dec is None:
            self._load()
        enc = self._enc
        while i < n:
            b = enc.get(text[i])
            if b is None:
                return i, 1
            out.append(b)
            i += 1
        return i, None


def _leads(lo, hi):
    return frozenset(chr(c) for c in range(lo, hi + 1))


def _in(code, lo1, hi1, lo2, hi2):
    return lo1 <= code >> 8 <= hi1 and lo2 <= code & 255 <= hi2


def _gb2312():
    return _pairs('gbk', lambda c, cp: _in(c, 0xA1, 0xF7, 0xA1, 0xFE)
                  and not 0xE000 <= cp < 0xF900)


def _gbk():
    return _pairs('gbk', lambda c, cp: not 0xE000 <= cp < 0xF900)


def _big5():
    return _pairs('big5', lambda c, cp: 0xA1 <= c >> 8 <= 0xF9
                  and not 0xE000 <= cp < 0xF900 and cp < 0x10000)


def _big5hkscs():
    return _pairs('big5')


def _sjis_of_jis(hi, lo):
    """The Shift_JIS bytes of JIS X 0208 row/cell bytes (0x21-0x7E)."""
    r = hi - 0x21
    lead = 0x81 + r // 2
    if lead > 0x9F:
        lead += 0x40
    if r % 2 == 0:
        trail = 0x40 + lo - 0x21
        if trail >= 0x7F:
            trail += 1
    else:
        trail = 0x9F + lo - 0x21
    return chr(lead) + chr(trail)


def _jisx0208():
    # WHATWG's index adds NEC's row 13 and the IBM rows from 89 on
    return _pairs('jisx0208', lambda c, cp: c >> 8 != 0xAD and c >> 8 < 0xF5)


def _shift_jis():
    d = {}
    for b, u in _jisx0208().items():
        d[_sjis_of_jis(ord(b[0]) - 0x80, ord(b[1]) - 0x80)] = u
    return d


def _cp932():
    return _pairs('sjis')


def _euc_jp():
    d = _jisx0208()
    for b, u in _pairs('jisx0212').items():
        d['\x8f' + b] = u
    for c in range(0xA1, 0xE0):
        d['\x8e' + chr(c)] = unichr(0xFF61 + c - 0xA1)
    return d


def _euc_kr():
    return _pairs('ksx1001')


# EUC-KR spells the Hangul syllables KS X 1001 lacks as the filler A4D4
# and three jamo of its row 4 (KS X 1001:1998 annex 3).
_CHO = [1, 2, 4, 7, 8, 9, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
_JONG = [52, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20,
         21, 22, 23, 24, 26, 27, 28, 29, 30]


def _euc_kr_composed():
    d = {}
    for s in range(11172):
        cho, jung, jong = s // 588, (s // 28) % 21, s % 28
        d['\xa4\xd4\xa4' + chr(0xA0 + _CHO[cho]) + '\xa4' + chr(0xBF + jung)
          + '\xa4' + chr(0xA0 + _JONG[jong])] = unichr(0xAC00 + s)
    return d


class EucKr(DoubleByte):
    _wide = '\xa4\xd4'

    def _load(self):
        DoubleByte._load(self)
        composed = _euc_kr_composed()
        self._dec.update(composed)
        for b, u in composed.items():
            self._enc.setdefault(u, b)


# Johab: Hangul by its three five-bit jamo fields; the symbols and hanja
# of KS X 1001 two rows to a lead byte.
_J_CHO = [None, 'fill'] + range(19)
_J_JUNG = [None, None, 'fill', 0, 1, 2, 3, 4, None, None, 5, 6, 7, 8, 9, 10,
           None, None, 11, 12, 13, 14, 15, 16, None, None, 17, 18, 19, 20]
_J_JONG = [None, 'fill'] + range(1, 17) + [None] + range(17, 28)


def _johab():
    d = {}
    for i in range(1, 21):
        for j in range(2, 30):
            for k in range(1, 30):
                cho, jung, jong = _J_CHO[i], _J_JUNG[j], _J_JONG[k]
                if jung is None or jong is None:
                    continue
                code = 0x8000 | i << 10 | j << 5 | k
                if cho != 'fill' and jung != 'fill':
                    cp = 0xAC00 + (cho * 21 + jung) * 28 + \
                        (0 if jong == 'fill' else jong)
                elif jong != 'fill':
                    if cho != 'fill' or jung != 'fill':
                        continue
                    cp = 0x3130 + _JONG[jong]
                elif cho != 'fill':
                    if jung != 'fill':
                        continue
                    cp = 0x3130 + _CHO[cho]
                elif jung != 'fill':
                    cp = 0x314F + jung
                else:
                    cp = 0x3000     # (2.7's choice, not U+3164)
                d[chr(code >> 8) + chr(code & 255)] = unichr(cp)
    for b, u in _pairs('ksx1001').items():
        r, c = ord(b[0]) - 0xA1, ord(b[1]) - 0xA1
        if r <= 11 and not (r == 3 and c <= 50):
            # (row 4's modern jamo live with the Hangul)
            lead, first = 0xD9 + r // 2, r % 2 == 0
        elif 41 <= r <= 92:
            lead, first = 0xE0 + (r - 41) // 2, r % 2 == 1
        else:
            continue
        x = c if first else c + 94
        d[chr(lead) + chr(0x31 + x if x < 78 else 0x91 + x - 78)] = u
    return d


def _cp949():
    return _pairs('uhc')


def _seven_bit(coder, width, prefix=''):
    """{7-bit str: unicode} and back of the width-byte sequences of a
    DoubleByte coder that begin with prefix and have only high bytes."""
    if coder._dec is None:
        coder._load()
    dec, enc = {}, {}
    p = len(prefix)
    for b, u in coder._dec.items():
        if len(b) == p + width and b.startswith(prefix) and \
                min(b[p:]) >= '\xa1' and max(b[p:]) <= '\xfe':
            dec[''.join(chr(ord(x) & 0x7F) for x in b[p:])] = u
    for u, b in coder._enc.items():
        if len(b) == p + width and b.startswith(prefix) and \
                min(b[p:]) >= '\xa1' and max(b[p:]) <= '\xfe':
            enc[u] = ''.join(chr(ord(x) & 0x7F) for x in b[p:])
    return dec, enc


class HZ(_Coder):
    """HZ-GB-2312: GB 2312 in 7 bits between ~{ and ~}; state: [in GB]."""

    name = 'hz'

    def __init__(self):
        self._maps = None

    def new_state(self):
        return [False]

    def _load(self):
        if self._maps is None:
            self._maps = _seven_bit(_CODERS['gb2312'], 2)
        return self._maps

    def decode_run(self, st, data, i, n, out):
        dec = self._load()[0]
        while i < n:
            c = data[i]
            if c == '~':
                if i + 1 >= n:
                    return i, -1
                c2 = data[i + 1]
                if c2 == '~' and not st[0]:
                    out.append(u'~')
                elif c2 == '{' and not st[0]:
                    st[0] = True
                elif c2 == '\n' and not st[0]:
                    pass
                elif c2 == '}' and st[0]:
                    st[0] = False
                else:
                    return i, 2
                i += 2
                continue
            if c >= '\x80':
                return i, 1
            if not st[0]:
                out.append(unicode(c))
                i += 1
                continue
            if i + 1 >= n:
                return i, -1
            u = dec.get(data[i:i + 2])
            if u is None:
                return i, 2
            out.append(u)
            i += 2
        return i, None

    def encode_run(self, st, text, i, n, out, flush):
        enc = self._load()[1]
        while i < n:
            ch = text[i]
            if ch < u'\x80':
                if st[0]:
                    out.append('~}')
                    st[0] = False
                out.append('~~' if ch == u'~' else str(ch))
                i += 1
                continue
            b = enc.get(ch)
            if b is None:
                return i, 1
            if not st[0]:
                out.append('~{')
                st[0] = True
            out.append(b)
            i += 1
        return i, None

    def encode_flush(self, st, out):
        if st[0]:
            out.append('~}')
            st[0] = False


# ISO-2022 character sets: (width, designation escape, final bytes)
_KANA = (dict((chr(c), unichr(0xFF61 + c - 0x21)) for c in range(0x21, 0x60)),
         dict((unichr(0xFF61 + c - 0x21), chr(c)) for c in range(0x21, 0x60)))
_ROMAN_DEC = dict((chr(c), unichr(c)) for c in range(0x21, 0x7F))
_ROMAN_DEC['\\'] = u'\xa5'
_ROMAN_DEC['~'] = u'\u203e'
_ROMAN = (_ROMAN_DEC, {u'\xa5': '\\', u'\u203e': '~'})


def _g2_latin1():
    return (dict((chr(c), unichr(c | 0x80)) for c in range(0x20, 0x80)),
            dict((unichr(c | 0x80), chr(c)) for c in range(0x20, 0x80)))


def _g2_greek():
    dec, enc = {}, {}
    for c in range(0x20, 0x80):
        try:
            u = chr(c | 0x80).decode('iso8859_7')
        except UnicodeDecodeError:
            continue
        if u in u'\u20ac\u20af\u037a':
            continue        # added to ISO 8859-7 in 2003, after 2.7's table
        dec[chr(c)] = u
        enc[u] = chr(c)
    return dec, enc


_CHARSETS = {
    # name: (width, escape, loader)
    'jisx0208': (2, '\x1b$B', lambda: _seven_bit(_CODERS['euc_jp'], 2)),
    'jisx0212': (2, '\x1b$(D',
                 lambda: _seven_bit(_CODERS['euc_jp'], 2, '\x8f')),
    'ksc5601': (2, '\x1b$(C', lambda: _seven_bit(_CODERS['euc_kr'], 2)),
    'gb2312': (2, '\x1b$(A', lambda: _seven_bit(_CODERS['gb2312'], 2)),
    'roman': (1, '\x1b(J', lambda: _ROMAN),
    'kana': (1, '\x1b(I', lambda: _KANA),
    'latin1': (1, '\x1b.A', _g2_latin1),
    'greek': (1, '\x1b.F', _g2_greek),
}
_DESIGNATIONS = {
    # escape after ESC: (register, charset)
    '(B': (0, 'ascii'), '(J': (0, 'roman'), '(I': (0, 'kana'),
    '$@': (0, 'jisx0208'), '$B': (0, 'jisx0208'), '$A': (0, 'gb2312'),
    '$(A': (0, 'gb2312'),
    '$(D': (0, 'jisx0212'), '$(C': (0, 'ksc5601'), '$)C': (1, 'ksc5601'),
    '.A': (2, 'latin1'), '.F': (2, 'greek'),
}


class ISO2022(_Coder):
    """ISO-2022-JP and -KR: charsets designated with escapes, state
    [G0, G1, G2, shifted out, G1 announced]."""

    def __init__(self, name, accepts, order, shifting=False):
        self.name = name
        self._accepts = frozenset(accepts)
        self._order = order
        self._shifting = shifting
        self._maps = {}

    def new_state(self):
        return ['ascii', None, None, False, False]

    def _map(self, cs):
        m = self._maps.get(cs)
        if m is None:
            m = self._maps[cs] = _CHARSETS[cs][2]()
        return m

    def _escape(self, st, data, i, n):
        """Reads the escape sequence at data[i] (ESC), which runs to the
        first capital letter or '@'; (length, None) when it designated a
        charset, else (None, error length or -1)."""
        j = i + 1
        while True:
            if j >= n:
                return None, -1
            if 'A' <= data[j] <= 'Z' or data[j] == '@':
                break
            j += 1
            if j - i >= 16:
                return None, j - i
        length = j + 1 - i
        hit = _DESIGNATIONS.get(data[i + 1:j + 1])
        if hit is None:
            return None, length
        reg, cs = hit
        if cs != 'ascii' and cs not in self._accepts:
            return None, length
        st[reg] = cs
        return length, None

    def decode_run(self, st, data, i, n, out):
        while i < n:
            c = data[i]
            if c == '\x1b':
                if i + 1 >= n:
                    return i, -1
                c2 = data[i + 1]
                if c2 in '()$.':
                    length, err = self._escape(st, data, i, n)
                    if err is not None:
                        return i, err
                    i += length
                    continue
                if c2 == 'N' and ('latin1' in self._accepts):
                    if i + 2 >= n:
                        return i, -1
                    if st[2] is None:
                        i += 2
                        continue
                    u = self._map(st[2])[0].get(chr(ord(data[i + 2]) & 0x7F))
                    if u is None:
                        return i, 3
                    out.append(u)
                    i += 3
                    continue
                out.append(u'\x1b')
                i += 1
                continue
            if self._shifting and c in '\x0e\x0f':
                st[3] = c == '\x0e'
                i += 1
                continue
            if c == '\n':
                st[3] = False
                out.append(u'\n')
                i += 1
                continue
            if c >= '\x80':
                return i, 1
            cs = st[1] if st[3] else st[0]
            if c < ' ' or cs == 'ascii' or cs is None:
                out.append(unicode(c))
                i += 1
                continue
            width = _CHARSETS[cs][0]
            if i + width > n:
                return i, -1
            u = self._map(cs)[0].get(data[i:i + width])
            if u is None:
                return i, width
            out.append(u)
            i += width
        return i, None

    def encode_run(self, st, text, i, n, out, flush):
        while i < n:
            ch = text[i]
            if ch < u'\x80':
                if st[3]:
                    out.append('\x0f')
                    st[3] = False
                if st[0] != 'ascii':
                    out.append('\x1b(B')
                    st[0] = 'ascii'
                out.append(str(ch))
                i += 1
                continue
            for cs in self._order:
                b = self._map(cs)[1].get(ch)
                if b is not None:
                    break
            else:
                return i, 1
            esc = _CHARSETS[cs][1]
            if cs in ('latin1', 'greek'):
                if st[2] != cs:
                    out.append(esc)
                    st[2] = cs
                out.append('\x1bN' + b)
            elif self._shifting:
                if not st[4]:
                    out.append('\x1b$)C')
                    st[4] = True
                if not st[3]:
                    out.append('\x0e')
                    st[3] = True
                out.append(b)
            else:
                if st[0] != cs:
                    out.append(esc)
                    st[0] = cs
                out.append(b)
            i += 1
        return i, None

    def encode_flush(self, st, out):
        if st[3]:
            out.append('\x0f')
            st[3] = False
        if st[0] != 'ascii':
            out.append('\x1b(B')
            st[0] = 'ascii'


class GB18030(DoubleByte):
    """GB 18030: GBK's two-byte codes and four-byte ones for the rest of
    Unicode (those of the BMP by table, the others by arithmetic)."""

    def __init__(self):
        DoubleByte.__init__(self, 'gb18030', lambda: _pairs('gbk'), _HIGH)
        self._four = None

    def _load_four(self):
        flat = _raw('gb18030_4')
        dec, enc = {}, {}
        for k in xrange(0, len(flat), 2):
            u = unichr(flat[k + 1])
            dec[flat[k]] = u
            enc[u] = flat[k]
        self._four = dec, enc

    def decode_run(self, state, data, i, n, out):
        while i < n:
            i, err = DoubleByte.decode_run(self, state, data, i, n, out)
            if err is None or err == -1 and i + 1 >= n:
                return i, err
            if not '0' <= data[i + 1] <= '9':
                return i, err
            if i + 4 > n:
                return i, -1
            b1, b2, b3, b4 = [ord(x) for x in data[i:i + 4]]
            if not (0x81 <= b1 <= 0xFE and 0x81 <= b3 <= 0xFE
                    and 0x30 <= b4 <= 0x39):
                return i, 4
            lin = (((b1 - 0x81) * 10 + b2 - 0x30) * 126 + b3 - 0x81) * 10 \
                + b4 - 0x30
            u = self._dec.get(data[i:i + 4])
            if u is not None:
                pass
            elif lin < 39420:
                if self._four is None:
                    self._load_four()
                u = self._four[0].get(lin)
            elif b1 >= 0x90 and lin - 189000 < 0x100000:
                u = unichr(0x10000 + lin - 189000)
            else:
                u = None
            if u is None:
                return i, 4
            out.append(u)
            i += 4
        return i, None

    def encode_run(self, state, text, i, n, out, flush):
        while i < n:
            i, err = DoubleByte.encode_run(self, state, text, i, n, out,
                                           flush)
            if err is None:
                return i, None
            cp = ord(text[i])
            if 0xD800 <= cp < 0xE000:
                return i, 1
            if cp >= 0x10000:
                lin = cp - 0x10000 + 189000
            else:
                if self._four is None:
                    self._load_four()
                lin = self._four[1].get(text[i])
                if lin is None:
                    return i, 1
            out.append(chr(0x81 + lin // 12600) + chr(0x30 + lin // 1260 % 10)
                       + chr(0x81 + lin // 10 % 126) + chr(0x30 + lin % 10))
            i += 1
        return i, None


class Big5HKSCS(DoubleByte):
    """Big5-HKSCS: four codes stand for a letter and a combining mark, so
    the encoder looks one character ahead."""

    flush_pending_text = True
    _PAIRS = {u'\xca\u0304': '\x88\x62', u'\xca\u030c': '\x88\x64',
              u'\xea\u0304': '\x88\xa3', u'\xea\u030c': '\x88\xa5'}

    def _load(self):
        DoubleByte._load(self)
        for u, b in self._PAIRS.items():
            self._dec[b] = u

    def encode_run(self, state, text, i, n, out, flush):
        while i < n:
            ch = text[i]
            if ch in u'\xca\xea':
                if i + 1 >= n and not flush:
                    return i, -1
                b = self._PAIRS.get(text[i:i + 2])
                if b is not None:
                    out.append(b)
                    i += 2
                    continue
            i, err = DoubleByte.encode_run(self, state, text, i, i + 1, out,
                                           flush)
            if err is not None:
                return i, err
        return i, None


_CODERS = {}


def _register(coder):
    _CODERS[coder.name] = coder


_HIGH = _leads(0x80, 0xFF)
_KANA_SINGLES = dict((chr(c), unichr(0xFF61 + c - 0xA1))
                     for c in range(0xA1, 0xE0))
_CP932_SINGLES = dict(_KANA_SINGLES)
_CP932_SINGLES.update({'\x80': u'\x80', '\xa0': u'\uf8f0', '\xfd': u'\uf8f1',
                       '\xfe': u'\uf8f2', '\xff': u'\uf8f3'})
_SJIS_LEADS = _leads(0x81, 0x9F) | _leads(0xE0, 0xEA)
_register(DoubleByte('gb2312', _gb2312, _HIGH))
_register(DoubleByte('gbk', _gbk, _HIGH))
_register(DoubleByte('big5', _big5, _HIGH))
_register(Big5HKSCS('big5hkscs', _big5hkscs, _HIGH))
_register(GB18030())
_register(DoubleByte('cp950', _big5, _HIGH))
_register(DoubleByte('shift_jis', _shift_jis, _SJIS_LEADS, _KANA_SINGLES,
                     bad_single=2))
_register(DoubleByte('cp932', _cp932, _leads(0x81, 0x9F) | _leads(0xE0, 0xFC),
                     _CP932_SINGLES))
_register(DoubleByte('euc_jp', _euc_jp, _HIGH, triple='\x8f'))
_register(EucKr('euc_kr', _euc_kr, _HIGH))
_register(DoubleByte('cp949', _cp949, _HIGH))
_register(DoubleByte('johab', _johab, _HIGH))


_register(HZ())
_register(ISO2022('iso2022_jp', ['roman', 'jisx0208'],
                  ['jisx0208', 'roman']))
_register(ISO2022('iso2022_jp_1', ['roman', 'jisx0208', 'jisx0212'],
                  ['jisx0208', 'jisx0212', 'roman']))
_register(ISO2022('iso2022_jp_2', ['roman', 'jisx0208', 'jisx0212',
                                   'ksc5601', 'gb2312', 'latin1', 'greek'],
                  ['jisx0208', 'jisx0212', 'ksc5601', 'gb2312', 'roman']))
_register(ISO2022('iso2022_jp_ext', ['roman', 'kana', 'jisx0208',
                                     'jisx0212'],
                  ['jisx0208', 'jisx0212', 'roman', 'kana']))
_register(ISO2022('iso2022_kr', ['ksc5601'], ['ksc5601'], shifting=True))


def getcoder(name):
    return _CODERS[name]
