"""The engine of the CJK codecs (minipy's own): codec objects, incremental
encoders and decoders and stream readers and writers over the per-codec
coders of `_cjkcodecs`.

A coder has encode_run/decode_run methods that convert as much as they can
and say why they stopped: None (all done), -1 (the input ends inside a
sequence) or n > 0 (n units that cannot be converted). The error policy
(strict, ignore, replace or a handler registered with
codecs.register_error) and the bookkeeping of pending input live here.
"""

import codecs as _codecs
import sys as _sys

__all__ = ['MultibyteCodec', 'MultibyteIncrementalEncoder',
           'MultibyteIncrementalDecoder', 'MultibyteStreamReader',
           'MultibyteStreamWriter']

_ILLEGAL = 'illegal multibyte sequence'
_INCOMPLETE = 'incomplete multibyte sequence'


def _as_unicode(obj):
    if isinstance(obj, unicode):
        return obj
    if isinstance(obj, str):
        return unicode(obj)
    raise TypeError("coercing to Unicode: need string or buffer, %s found"
                    % type(obj).__name__)


def _as_bytes(obj, fname):
    if isinstance(obj, str):
        return obj
    if isinstance(obj, (bytearray, buffer)):
        return str(obj)
    if isinstance(obj, unicode):
        return obj.encode('ascii')
    raise TypeError("%s() argument 1 must be string or buffer, not %s"
                    % (fname, type(obj).__name__))


def _check_index(pos, n):
    if not -_sys.maxint - 1 <= pos <= _sys.maxint:
        pos = -1        # 2.7 reports a position that overflows as -1
    elif pos < 0:
        pos += n
    if pos < 0 or pos > n:
        raise IndexError("position %d from error handler out of bounds"
                         % pos)
    return pos


def _handler_result(res, what):
    if (not isinstance(res, tuple) or len(res) != 2
            or not isinstance(res[0], unicode)
            or not isinstance(res[1], (int, long))
            or isinstance(res[1], bool) and False):
        raise TypeError("%s error handler must return (unicode, int) tuple"
                        % what)
    return res


def _encode(coder, state, text, errors, flush):
    """Encodes text[0:] with the coder state; returns (bytes, rest) where
    rest is the text left pending (the coder needs to see what follows)."""
    out = []
    i, n = 0, len(text)
    while True:
        i, err = coder.encode_run(state, text, i, n, out, flush)
        if err is None:
            break
        if err == -1:
            if flush:
                raise RuntimeError('coder asked for more input at flush')
            if coder.flush_pending_text:
                return ''.join(out), text[i:]
            break
        end = i + err
        if errors is None or errors == 'strict':
            raise UnicodeEncodeError(coder.name, text, i, end, _ILLEGAL)
        if errors == 'ignore':
            i = end
            continue
        if errors == 'replace':
            j, e2 = coder.encode_run(state, u'?', 0, 1, out, False)
            if e2 is not None:
                raise UnicodeEncodeError(coder.name, text, i, end, _ILLEGAL)
            i = end
            continue
        handler = _codecs.lookup_error(errors)
        exc = UnicodeEncodeError(coder.name, text, i, end, _ILLEGAL)
        rep, pos = _handler_result(handler(exc), 'encoding')
        j, e2 = coder.encode_run(state, rep, 0, len(rep), out, False)
        if e2 is not None:
            raise UnicodeEncodeError(coder.name, rep, j, j + max(e2, 1),
                                     _ILLEGAL)
        i = _check_index(pos, n)
    if flush:
        coder.encode_flush(state, out)
    return ''.join(out), u''


def _decode(coder, state, data, errors, final):
    """Decodes data; returns (text, rest) where rest is an incomplete
    sequence left at the end when not final."""
    out = []
    i, n = 0, len(data)
    while True:
        i, err = coder.decode_run(state, data, i, n, out)
        if err is None:
            break
        if err == -1:
            if not final:
                return u''.join(out), data[i:]
            reason, end = _INCOMPLETE, n
        else:
            reason, end = _ILLEGAL, i + err
        if errors is None or errors == 'strict':
            raise UnicodeDecodeError(coder.name, data, i, end, reason)
        if errors == 'ignore':
            i = end
            continue
        if errors == 'replace':
            out.append(u'\ufffd')
            i = end
            continue
        handler = _codecs.lookup_error(errors)
        exc = UnicodeDecodeError(coder.name, data, i, end, reason)
        rep, pos = _handler_result(handler(exc), 'decoding')
        out.append(rep)
        i = _check_index(pos, n)
    return u''.join(out), ''


def _check_errors(errors):
    if errors is not None and not isinstance(errors, str):
        raise TypeError("errors must be a string, not %s"
                        % type(errors).__name__)
    return errors


class MultibyteCodec(object):
    """A codec object: stateless encode and decode."""

    def __new__(cls, *args, **kw):
        if not kw.pop('_coder', None):
            raise TypeError("cannot create '_multibytecodec.MultibyteCodec' "
                            "instances")
        return object.__new__(cls)

    def __init__(self, coder=None, _coder=None):
        self._coder = coder

    def encode(self, input, errors=None):
        _check_errors(errors)
        text = _as_unicode(input)
        coder = self._coder
        data, _ = _encode(coder, coder.new_state(), text, errors, True)
        return data, len(text)

    def decode(self, input, errors=None):
        _check_errors(errors)
        data = _as_bytes(input, 'decode')
        coder = self._coder
        text, _ = _decode(coder, coder.new_state(), data, errors, True)
        return text, len(data)


def _new_codec(coder):
    return MultibyteCodec(coder, _coder=True)


def _coder_of(self, what):
    try:
        codec = type(self).codec
    except AttributeError:
        raise AttributeError("type object '%s' has no attribute 'codec'"
                             % type(self).__name__)
    if not isinstance(codec, MultibyteCodec):
        raise TypeError('codec is unexpected type')
    return codec._coder


class MultibyteIncrementalEncoder(object):

    def __init__(self, errors='strict'):
        self._c = _coder_of(self, 'encoder')
        self.errors = errors
        self._state = self._c.new_state()
        self._pending = u''

    def encode(self, input, final=False):
        text = self._pending + _as_unicode(input)
        data, self._pending = _encode(self._c, self._state, text,
                                      self.errors, bool(final))
        if final:
            self._pending = u''
        return data

    def reset(self):
        # as 2.7: the state goes back to its start without output
        self._state = self._c.new_state()
        self._pending = u''


class MultibyteIncrementalDecoder(object):

    def __init__(self, errors='strict'):
        self._c = _coder_of(self, 'decoder')
        self.errors = errors
        self._state = self._c.new_state()
        self._pending = ''

    def decode(self, input, final=False):
        data = self._pending + _as_bytes(input, 'decode')
        text, self._pending = _decode(self._c, self._state, data,
                                      self.errors, bool(final))
        return text

    def reset(self):
        self._state = self._c.new_state()
        self._pending = ''


class MultibyteStreamReader(object):

    def __init__(self, stream, errors='strict'):
        self._c = _coder_of(self, 'reader')
        self.stream = stream
        self.errors = errors
        self._state = self._c.new_state()
        self._pending = ''

    def _iread(self, method, sizehint):
        if sizehint == 0:
            return u''
        if sizehint is None:
            sizehint = -1
        out = []
        while True:
            fn = getattr(self.stream, method)
            raw = fn() if sizehint < 0 else fn(sizehint)
            if not isinstance(raw, str):
                raise TypeError("stream function returned a non-string "
                                "object")
            eof = not raw
            data = self._pending + raw
            text, self._pending = _decode(self._c, self._state, data,
                                          self.errors, eof or sizehint < 0)
            out.append(text)
            if sizehint < 0 or text or eof:
                break
            sizehint = 1
        return u''.join(out)

    def read(self, sizeobj=None):
        return self._iread('read', sizeobj)

    def readline(self, sizeobj=None):
        return self._iread('readline', sizeobj)

    def readlines(self, sizehintobj=None):
        return self._iread('read', sizehintobj).splitlines(True)

    def reset(self):
        self._state = self._c.new_state()
        self._pending = ''


class MultibyteStreamWriter(object):

    def __init__(self, stream, errors='strict'):
        self._c = _coder_of(self, 'writer')
        self.stream = stream
        self.errors = errors
        self._state = self._c.new_state()
        self._pending = u''

    def write(self, strobj):
        text = self._pending + _as_unicode(strobj)
        data, self._pending = _encode(self._c, self._state, text,
                                      self.errors, False)
        self.stream.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        data, _ = _encode(self._c, self._state, self._pending, self.errors,
                          True)
        self._pending = u''
        if data:
            self.stream.write(data)


def __create_codec(coder):
    return _new_codec(coder)
