"""uu_codec (minipy's own): uuencoding as a str-to-str codec."""

import binascii
import codecs


def uu_encode(input, errors='strict', filename='<data>', mode=0666):
    data = str(input)
    out = ['begin %o %s\n' % (mode & 0777, filename)]
    for i in range(0, len(data), 45):
        out.append(binascii.b2a_uu(data[i:i + 45]))
    out.append(' \nend\n')
    return ''.join(out), len(input)


def _uu_line(line):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # Some encoders leave trailing garbage: keep only the bytes the
        # length character announces.
        n = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
        return binascii.a2b_uu(line[:n])


def uu_decode(input, errors='strict'):
    lines = str(input).splitlines(True)
    i = 0
    while i < len(lines) and not lines[i].startswith('begin'):
        i += 1
    if i == len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines[i + 1:]:
        if line.startswith('end'):
            return ''.join(out), len(input)
        if line.strip('\r\n'):
            out.append(_uu_line(line))
    raise ValueError('Truncated input data')


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return uu_encode(input, errors)

    def decode(self, input, errors='strict'):
        return uu_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return uu_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return uu_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(uu_encode, uu_decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder,
                            name='uu')
