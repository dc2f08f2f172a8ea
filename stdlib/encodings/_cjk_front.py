"""What every CJK codec module of `encodings` offers (minipy's own): the
classes and the CodecInfo over one coder of `_cjkcodecs`, made the same way
for each codec so that the modules themselves are one line."""

import codecs
import _multibytecodec as _mbc
import _cjkcodecs


def make(name):
    codec = _mbc._new_codec(_cjkcodecs.getcoder(name))

    class Codec(codecs.Codec):
        encode = codec.encode
        decode = codec.decode

    class IncrementalEncoder(_mbc.MultibyteIncrementalEncoder,
                             codecs.IncrementalEncoder):
        pass

    class IncrementalDecoder(_mbc.MultibyteIncrementalDecoder,
                             codecs.IncrementalDecoder):
        pass

    class StreamReader(Codec, _mbc.MultibyteStreamReader,
                       codecs.StreamReader):
        pass

    class StreamWriter(Codec, _mbc.MultibyteStreamWriter,
                       codecs.StreamWriter):
        pass

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamReader,
                StreamWriter):
        cls.codec = codec

    def getregentry():
        return codecs.CodecInfo(
            name=name, encode=Codec().encode, decode=Codec().decode,
            incrementalencoder=IncrementalEncoder,
            incrementaldecoder=IncrementalDecoder,
            streamreader=StreamReader, streamwriter=StreamWriter)

    return {'codec': codec, 'Codec': Codec,
            'IncrementalEncoder': IncrementalEncoder,
            'IncrementalDecoder': IncrementalDecoder,
            'StreamReader': StreamReader, 'StreamWriter': StreamWriter,
            'getregentry': getregentry}
