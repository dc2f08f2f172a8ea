"""idna (minipy's own): internationalized domain names, RFC 3490, with
nameprep (RFC 3491) over the stringprep tables."""

import codecs
import stringprep
import unicodedata

_ACE = 'xn--'
_DOTS = u'.\u3002\uff0e\uff61'


def _split(text):
    # Labels at any of the four full stops IDNA knows.
    labels, cur = [], []
    for c in text:
        if c in _DOTS:
            labels.append(u''.join(cur))
            cur = []
        else:
            cur.append(c)
    labels.append(u''.join(cur))
    return labels


_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22,
               stringprep.in_table_c3, stringprep.in_table_c4,
               stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9)


def nameprep(label):
    mapped = u''.join([stringprep.map_table_b2(c) for c in label
                       if not stringprep.in_table_b1(c)])
    label = unicodedata.normalize('NFKC', mapped)
    for c in label:
        for prohibited in _PROHIBITED:
            if prohibited(c):
                raise UnicodeError('Invalid character %r' % c)
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        # Right-to-left text may hold no left-to-right character and must
        # start and end with a right-to-left one.
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError('Violation of BIDI requirement 2')
        if not rtl[0] or not rtl[-1]:
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _ascii_label(label):
    # The label as ASCII if it is (and of a valid length), else None.
    try:
        label = label.encode('ascii')
    except UnicodeError:
        return None
    if not 0 < len(label) < 64:
        raise UnicodeError('label empty or too long')
    return label


def ToASCII(label):
    done = _ascii_label(label)
    if done is not None:
        return done
    label = nameprep(label)
    done = _ascii_label(label)
    if done is not None:
        return done
    if label.startswith(_ACE):
        raise UnicodeError('Label starts with ACE prefix')
    label = _ACE + label.encode('punycode')
    if not 0 < len(label) < 64:
        raise UnicodeError('label empty or too long')
    return label


def ToUnicode(label):
    if isinstance(label, str):
        ascii = True
    else:
        try:
            label = label.encode('ascii')
            ascii = True
        except UnicodeError:
            ascii = False
    if not ascii:
        label = nameprep(label)
        try:
            label = label.encode('ascii')
        except UnicodeError:
            raise UnicodeError('Invalid character in IDN label')
    if not label.startswith(_ACE):
        return unicode(label, 'ascii')
    result = label[len(_ACE):].decode('punycode')
    back = ToASCII(result)
    if label.lower() != back:
        raise UnicodeError('IDNA does not round-trip', label, back)
    return result


def _strict(errors):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)


def _labels_of(input):
    if isinstance(input, unicode):
        return _split(input)
    input = str(input)
    unicode(input, 'ascii')
    return input.split('.')


def encode(input, errors='strict'):
    _strict(errors)
    if not input:
        return '', 0
    try:
        whole = input.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        parts = whole.split('.')
        for label in parts[:-1]:
            if not 0 < len(label) < 64:
                raise UnicodeError('label empty or too long')
        if len(parts[-1]) >= 64:
            raise UnicodeError('label empty or too long')
        return whole, len(input)
    labels = _split(input)
    end = ''
    if labels and not labels[-1]:
        end = '.'
        del labels[-1]
    return '.'.join([ToASCII(l) for l in labels]) + end, len(input)


def decode(input, errors='strict'):
    _strict(errors)
    if not input:
        return u'', 0
    labels = _labels_of(input)
    end = u''
    if labels and not labels[-1]:
        end = u'.'
        del labels[-1]
    return u'.'.join([ToUnicode(l) for l in labels]) + end, len(input)


def _whole_labels(labels, final):
    # The labels finished so far, and whether a dot follows the last.
    if labels and not labels[-1]:
        return labels[:-1], True
    if not final:
        return labels[:-1], bool(labels[:-1])
    return labels, False


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        _strict(errors)
        if not input:
            return '', 0
        labels, dot = _whole_labels(_split(input), final)
        out = [ToASCII(l) for l in labels]
        used = sum(len(l) for l in labels) + max(len(labels) - 1, 0)
        text = '.'.join(out)
        if dot:
            text += '.'
            used += 1
        return text, used


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _strict(errors)
        if not input:
            return u'', 0
        labels, dot = _whole_labels(_labels_of(input), final)
        out = [ToUnicode(l) for l in labels]
        used = sum(len(l) for l in labels) + max(len(labels) - 1, 0)
        text = u'.'.join(out)
        if dot:
            text += u'.'
            used += 1
        return text, used


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(encode, decode, StreamReader, StreamWriter,
                            IncrementalEncoder, IncrementalDecoder,
                            name='idna')
