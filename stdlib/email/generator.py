"""Turning a message tree back into text."""

__all__ = ['Generator', 'DecodedGenerator']

import re
import sys
import time
import random
from cStringIO import StringIO
from email.header import Header

UNDERSCORE = '_'
NL = '\n'

# Body lines starting with 'From ' get a '>' (mbox convention).
fcre = re.compile(r'^From ', re.MULTILINE)


def _is8bitstring(s):
    if isinstance(s, str):
        try:
            unicode(s, 'us-ascii')
        except UnicodeError:
            return True
    return False


class Generator:
    """Writes messages to a file-like object."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78):
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self._maxheaderlen = maxheaderlen

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False):
        """Writes msg (and all its parts); with unixfrom, its envelope
        line first (a made-up one if it has none)."""
        if unixfrom:
            envelope = msg.get_unixfrom()
            if not envelope:
                envelope = 'From nobody ' + time.ctime(time.time())
            self._fp.write(envelope + NL)
        self._write(msg)

    def clone(self, fp):
        return self.__class__(fp, self._mangle_from_, self._maxheaderlen)

    def _write(self, msg):
        # The body first (into a buffer), since writing it may change the
        # headers (a multipart gets a boundary made up for it).
        saved = self._fp
        try:
            self._fp = body = StringIO()
            self._dispatch(msg)
        finally:
            self._fp = saved
        writer = getattr(msg, '_write_headers', None)
        if writer is None:
            self._write_headers(msg)
        else:
            writer(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        # _handle_main_sub, else _handle_main, else _writeBody.
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        for name in (UNDERSCORE.join((main, sub)), main):
            handler = getattr(self, '_handle_' + name.replace('-', '_'), None)
            if handler is not None:
                break
        else:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        out = self._fp
        for name, value in msg.items():
            if self._maxheaderlen == 0:
                text = value
            elif isinstance(value, Header):
                text = value.encode()
            elif _is8bitstring(value):
                text = value
            else:
                text = Header(value, maxlinelen=self._maxheaderlen,
                              header_name=name).encode()
            print >> out, '%s:' % name, text
        out.write(NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, basestring):
            raise TypeError('string payload expected: %s' % type(payload))
        if self._mangle_from_:
            payload = fcre.sub('>From ', payload)
        self._fp.write(payload)

    _writeBody = _handle_text

    def _flatten_part(self, part):
        buf = StringIO()
        self.clone(buf).flatten(part, unixfrom=False)
        return buf.getvalue()

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, basestring):
            # Not really parsed into parts: write it as it is.
            self._fp.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = [self._flatten_part(part) for part in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = _make_boundary(NL.join(texts))
            msg.set_boundary(boundary)
        out = self._fp
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = fcre.sub('>From ', preamble)
            out.write(preamble + NL)
        out.write('--' + boundary + NL)
        for index, text in enumerate(texts):
            if index:
                out.write('\n--' + boundary + NL)
            out.write(text)
        out.write('\n--' + boundary + '--' + NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = fcre.sub('>From ', epilogue)
            out.write(epilogue)

    def _handle_multipart_signed(self, msg):
        # A signature covers the parts byte for byte: never refold them.
        saved = self._maxheaderlen
        try:
            self._maxheaderlen = 0
            self._handle_multipart(msg)
        finally:
            self._maxheaderlen = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            text = self._flatten_part(part)
            if text.endswith(NL):
                text = text[:-1]
            blocks.append(text)
        self._fp.write(NL.join(blocks))

    def _handle_message(self, msg):
        payload = msg.get_payload()
        if isinstance(payload, list):
            payload = self._flatten_part(msg.get_payload(0))
        self._fp.write(payload)


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the decoded text parts of a message; every other part is
    replaced by a line made from fmt."""

    def __init__(self, outfp, mangle_from_=True, maxheaderlen=78, fmt=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            main = part.get_content_maintype()
            if main == 'text':
                print >> self, part.get_payload(decode=True)
            elif main != 'multipart':
                print >> self, self._fmt % {
                    'type': part.get_content_type(),
                    'maintype': main,
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description',
                                            '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding',
                                         '[no encoding]'),
                }


_width = len(repr(sys.maxint - 1))
_fmt = '%%0%dd' % _width


def _make_boundary(text=None):
    """A boundary string of '=' and digits, not found in text."""
    boundary = '=' * 15 + (_fmt % random.randrange(sys.maxint)) + '=='
    if text is None:
        return boundary
    candidate = boundary
    counter = 0
    while re.search('^--' + re.escape(candidate) + '(--)?$', text,
                    re.MULTILINE):
        candidate = '%s.%d' % (boundary, counter)
        counter += 1
    return candidate
