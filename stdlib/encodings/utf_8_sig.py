"""utf-8-sig (minipy's own): UTF-8 whose text starts with a BOM.

Encoding writes the BOM first; decoding drops one BOM at the very start
(and only there), waiting for three bytes before deciding.
"""

import codecs

_BOM = codecs.BOM_UTF8


def encode(input, errors='strict'):
    return _BOM + codecs.utf_8_encode(input, errors)[0], len(input)


def decode(input, errors='strict'):
    skip = 3 if input[:3] == _BOM else 0
    text, used = codecs.utf_8_decode(input[skip:], errors, True)
    return text, used + skip


def _strip_bom(data, final):
    # (bytes to decode, bytes skipped), or None while a BOM may still come.
    if len(data) < 3 and _BOM.startswith(data) and not final:
        return None
    if data[:3] == _BOM:
        return data[3:], 3
    return data, 0


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = True

    def encode(self, input, final=False):
        out = codecs.utf_8_encode(input, self.errors)[0]
        if self.first:
            self.first = False
            out = _BOM + out
        return out

    def reset(self):
        self.first = True

    def getstate(self):
        return 1 if self.first else 0

    def setstate(self, state):
        self.first = bool(state)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = True

    def _buffer_decode(self, input, errors, final):
        skip = 0
        if self.first:
            got = _strip_bom(input, final)
            if got is None:
                return u'', 0
            input, skip = got
            self.first = False
        text, used = codecs.utf_8_decode(input, errors, final)
        return text, used + skip

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = True


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class StreamWriter(codecs.StreamWriter):
    def reset(self):
        codecs.StreamWriter.reset(self)
        self.__dict__.pop('encode', None)

    def encode(self, input, errors='strict'):
        # After the first write, plain UTF-8.
        self.encode = codecs.utf_8_encode
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        got = _strip_bom(input, False)
        if got is None:
            return u'', 0
        data, skip = got
        self.decode = codecs.utf_8_decode
        text, used = codecs.utf_8_decode(data, errors)
        return text, used + skip


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder,
                            name='utf-8-sig')
