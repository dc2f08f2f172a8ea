"""quopri_codec (minipy's own): quoted-printable as a str-to-str codec
(tabs and spaces always quoted, as 2.7's codec does)."""

import binascii
import codecs


def quopri_encode(input, errors='strict'):
    return binascii.b2a_qp(str(input), True), len(input)


def quopri_decode(input, errors='strict'):
    return binascii.a2b_qp(str(input)), len(input)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return quopri_encode(input, errors)

    def decode(self, input, errors='strict'):
        return quopri_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return quopri_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return quopri_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(quopri_encode, quopri_decode, StreamReader,
                            StreamWriter, IncrementalEncoder,
                            IncrementalDecoder, name='quopri')
