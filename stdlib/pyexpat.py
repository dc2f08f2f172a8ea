"""pyexpat (minipy's own): a non-validating XML parser with the callback
API of the expat library that CPython wraps.

The parser works on text decoded from the bytes fed to Parse(); input is
consumed one complete token at a time, and an incomplete token at the end of
a chunk waits for the next chunk (or becomes an error on the final one).
Error codes, messages and positions follow expat 2.2."""

import sys as _sys
import re as _re
import collections

EXPAT_VERSION = 'expat_2.2.8'
version_info = (2, 2, 8)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1),
            ('XML_DTD', 0), ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2
expat_CAPI = None

_MESSAGES = [
    None, 'out of memory', 'syntax error', 'no element found',
    'not well-formed (invalid token)', 'unclosed token', 'partial character',
    'mismatched tag', 'duplicate attribute', 'junk after document element',
    'illegal parameter entity reference', 'undefined entity',
    'recursive entity reference', 'asynchronous entity',
    'reference to invalid character number', 'reference to binary entity',
    'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect',
    'unclosed CDATA section',
    'error in processing external entity reference',
    'document is not standalone',
    'unexpected parser state - please send a bug report',
    'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix',
    'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed',
    'illegal character(s) in public id', 'parser suspended',
    'parser not suspended', 'parsing aborted', 'parsing finished',
    'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another '
    'namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names',
    'invalid argument',
]

_ERROR_NAMES = [
    None, 'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN',
    'UNCLOSED_TOKEN', 'PARTIAL_CHAR', 'TAG_MISMATCH', 'DUPLICATE_ATTRIBUTE',
    'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF', 'UNDEFINED_ENTITY',
    'RECURSIVE_ENTITY_REF', 'ASYNC_ENTITY', 'BAD_CHAR_REF',
    'BINARY_ENTITY_REF', 'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI',
    'UNKNOWN_ENCODING', 'INCORRECT_ENCODING', 'UNCLOSED_CDATA_SECTION',
    'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE', 'UNEXPECTED_STATE',
    'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD',
    'CANT_CHANGE_FEATURE_ONCE_PARSING', 'UNBOUND_PREFIX',
    'UNDECLARING_PREFIX', 'INCOMPLETE_PE', 'XML_DECL', 'TEXT_DECL',
    'PUBLICID', 'SUSPENDED', 'NOT_SUSPENDED', 'ABORTED', 'FINISHED',
    'SUSPEND_PE', 'RESERVED_PREFIX_XML', 'RESERVED_PREFIX_XMLNS',
    'RESERVED_NAMESPACE_URI', 'INVALID_ARGUMENT',
]

(_SYNTAX, _NO_ELEMENTS, _INVALID, _UNCLOSED, _PARTIAL, _MISMATCH, _DUPATTR,
 _JUNK) = 2, 3, 4, 5, 6, 7, 8, 9
(_UNDEF, _RECURSIVE, _ASYNC, _BADCHAR, _BINARY, _EXT_IN_ATTR,
 _MISPLACED_XML) = 11, 12, 13, 14, 15, 16, 17
_UNKNOWN_ENC, _UNCLOSED_CDATA, _EXT_HANDLING = 18, 20, 21
_CANT_CHANGE, _UNBOUND, _UNDECLARING, _XML_DECL, _FINISHED = 26, 27, 28, 30, 36


def ErrorString(code):
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'


error = ExpatError


errors = type(_sys)('pyexpat.errors')
for _i in range(1, len(_ERROR_NAMES)):
    setattr(errors, 'XML_ERROR_' + _ERROR_NAMES[_i], _MESSAGES[_i])
model = type(_sys)('pyexpat.model')
model.XML_CTYPE_EMPTY, model.XML_CTYPE_ANY, model.XML_CTYPE_MIXED = 1, 2, 3
model.XML_CTYPE_NAME, model.XML_CTYPE_CHOICE, model.XML_CTYPE_SEQ = 4, 5, 6
model.XML_CQUANT_NONE, model.XML_CQUANT_OPT = 0, 1
model.XML_CQUANT_REP, model.XML_CQUANT_PLUS = 2, 3
_sys.modules['pyexpat.errors'] = errors
_sys.modules['pyexpat.model'] = model

_NAME_START = (u'A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d'
               u'\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef'
               u'\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd')
_NAME_CHAR = _NAME_START + u'\\-.0-9\u00b7\u0300-\u036f\u203f-\u2040'
_name_re = _re.compile(u'[%s][%s]*' % (_NAME_START, _NAME_CHAR))
_namechars_re = _re.compile(u'[%s]*' % _NAME_CHAR)
_ws_re = _re.compile(u'[ \t\n]*')
# characters XML forbids anywhere in a document
_bad_char_re = _re.compile(u'[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_text_re = _re.compile(u'[^<&\n\\]\x00-\x08\x0b\x0c\x0e-\x1f]+')
_charref_re = _re.compile(u'&#(?:([0-9]+)|x([0-9a-fA-F]+));')
_decl_re = _re.compile(
    r'<\?xml\s+version\s*=\s*(?:"([^"]*)"|\'([^\']*)\')'
    r'(?:\s+encoding\s*=\s*(?:"([A-Za-z][A-Za-z0-9._\-]*)"'
    r'|\'([A-Za-z][A-Za-z0-9._\-]*)\'))?'
    r'(?:\s+standalone\s*=\s*(?:"(yes|no)"|\'(yes|no)\'))?\s*\?>')
_doctype_pieces_re = _re.compile(
    u'<!DOCTYPE|[ \t\n]+|"[^"]*"|\'[^\']*\'|[^ \t\n"\'\[>]+|.')
_enc_peek_re = _re.compile(r'<\?xml[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')

_XML_NS = u'http://www.w3.org/XML/1998/namespace'
_CHUNK = 256
_NATIVE = ('utf-8', 'utf8', 'utf-8-sig', 'us-ascii', 'ascii')
_PREDEFINED = {u'lt': u'<', u'gt': u'>', u'amp': u'&', u'apos': u"'",
               u'quot': u'"'}

_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler',
    'NotationDeclHandler', 'StartNamespaceDeclHandler',
    'EndNamespaceDeclHandler', 'CommentHandler', 'StartCdataSectionHandler',
    'EndCdataSectionHandler', 'DefaultHandler', 'DefaultHandlerExpand',
    'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
    'SkippedEntityHandler',
)
_FLAGS = ('buffer_text', 'namespace_prefixes', 'ordered_attributes',
          'specified_attributes', 'returns_unicode')


class _NeedMore(Exception):
    """Raised inside the tokenizer when a token runs past the data held."""


class _Fail(Exception):
    def __init__(self, code, pos):
        Exception.__init__(self, code, pos)
        self.code = code
        self.pos = pos


def _fail(code, pos):
    raise _Fail(code, pos)


class _Entity(object):
    def __init__(self, name, value, system=None, public=None,
                 notation=None):
        self.name = name
        self.value = value
        self.system = system
        self.public = public
        self.notation = notation
        self.open = False


class xmlparser(object):
    """An XML parser object as made by ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        s = object.__setattr__
        for name in _HANDLERS:
            s(self, name, None)
        for name in _FLAGS:
            s(self, name, False)
        s(self, 'returns_unicode', True)
        s(self, 'buffer_size', 8192)
        s(self, 'intern', {} if intern is None else intern)
        s(self, '_encoding', encoding)
        s(self, '_nssep', namespace_separator)
        s(self, '_textbuf', None)
        s(self, '_st', _State())

    # -- attributes ------------------------------------------------------
    def __setattr__(self, name, value):
        if name in _FLAGS:
            value = bool(value)
            if name == 'buffer_text' and not value:
                self._flush()
            if name == 'returns_unicode' and self._st.started:
                raise ValueError('Cannot change returns_unicode after '
                                 'parsing has begun')
            object.__setattr__(self, name, value)
        elif name == 'buffer_size':
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError('buffer_size must be an integer')
            if value <= 0:
                raise ValueError('buffer_size must be greater than zero')
            if value != self.buffer_size:
                self._flush()
            object.__setattr__(self, name, value)
        elif name in _HANDLERS:
            if name == 'CharacterDataHandler':
                self._flush()
            object.__setattr__(self, name, value)
        elif name == 'intern':
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(name)

    @property
    def buffer_used(self):
        return sum(len(t) for t in self._textbuf or ())

    @property
    def ErrorCode(self):
        return self._st.errcode

    @property
    def ErrorLineNumber(self):
        return self._st.errline

    @property
    def ErrorColumnNumber(self):
        return self._st.errcol

    @property
    def ErrorByteIndex(self):
        return self._st.errbyte

    @property
    def CurrentLineNumber(self):
        return self._st.where()[0]

    @property
    def CurrentColumnNumber(self):
        return self._st.where()[1]

    @property
    def CurrentByteIndex(self):
        st = self._st
        if not st.started:
            return -1
        return st.where()[2]

    @property
    def _internal_subset(self):
        # minipy extension: the raw text of the DOCTYPE's internal subset
        return self._s(getattr(self._st, 'subset_text', None))

    def SetBase(self, base):
        self._st.base = base

    def GetBase(self):
        return self._st.base

    def GetInputContext(self):
        st = self._st
        if not st.in_callback:
            return None
        return st.raw_context()

    def SetParamEntityParsing(self, flag):
        self._st.pe_parsing = flag
        return 1

    def UseForeignDTD(self, flag=True):
        self._st.foreign_dtd = bool(flag)

    def ExternalEntityParserCreate(self, context, encoding=None):
        p = xmlparser(encoding or self._encoding, self._nssep, self.intern)
        for name in _HANDLERS + _FLAGS:
            object.__setattr__(p, name, getattr(self, name))
        p._st.external = True
        p._st.entities = self._st.entities
        return p

    # -- parsing ---------------------------------------------------------
    def Parse(self, data, isfinal=0):
        st = self._st
        if st.errcode:
            self._raise_again()
        if st.finished:
            st.errcode = _FINISHED
            st.errline, st.errcol, st.errbyte = st.where()
            self._raise(_FINISHED)
        if isinstance(data, unicode):
            # 2.7 passes unicode through the default (ascii) encoding
            data = data.encode('ascii')
        elif not isinstance(data, str):
            data = str(buffer(data))
        st.started = True
        try:
            st.feed(self, data, bool(isfinal))
            _Tokenizer(self, st).run(bool(isfinal))
        except _Fail as f:
            self._flush_silently()
            st.errcode = f.code
            st.move(f.pos)
            st.errline, st.errcol, st.errbyte = st.where()
            self._raise(f.code)
        st.move(st.pos)
        self._flush()
        if isfinal:
            st.finished = True
        return 1

    def ParseFile(self, file):
        read = getattr(file, 'read', None)
        if read is None:
            raise TypeError('argument must have \'read\' attribute')
        while True:
            chunk = read(2048)
            if not isinstance(chunk, str):
                raise TypeError('read() did not return a string object '
                                '(type=%.400s)' % type(chunk).__name__)
            if not chunk:
                break
            self.Parse(chunk, 0)
        return self.Parse('', 1)

    def _raise(self, code):
        st = self._st
        e = ExpatError('%s: line %d, column %d' % (_MESSAGES[code],
                                                   st.errline, st.errcol))
        e.code = code
        e.lineno = st.errline
        e.offset = st.errcol
        raise e

    def _raise_again(self):
        self._raise(self._st.errcode)

    # -- delivering events -------------------------------------------------
    def _s(self, text):
        """Converts parser text to what handlers receive."""
        if text is None:
            return None
        if self.returns_unicode:
            return text
        return text.encode('utf-8')

    def _name(self, text):
        v = self.intern
        if v is None:
            return self._s(text)
        try:
            return v[text]
        except KeyError:
            r = v[text] = self._s(text)
            return r
        except TypeError:
            return self._s(text)

    def _flush(self):
        buf = self._textbuf
        if buf:
            object.__setattr__(self, '_textbuf', None)
            h = self.CharacterDataHandler
            if h is not None:
                h(self._s(u''.join(buf)))

    def _flush_silently(self):
        object.__setattr__(self, '_textbuf', None)

    def _data(self, text, raw=None):
        h = self.CharacterDataHandler
        if h is None:
            d = self.DefaultHandler or self.DefaultHandlerExpand
            if d is not None:
                d(self._s(raw if raw is not None else text))
            return
        if not self.buffer_text:
            h(self._s(text))
            return
        buf = self._textbuf
        used = 0 if not buf else sum(len(t) for t in buf)
        if used + len(text) > self.buffer_size:
            self._flush()
            if len(text) > self.buffer_size:
                h(self._s(text))
                return
            buf = None
        if buf is None:
            object.__setattr__(self, '_textbuf', [text])
        else:
            buf.append(text)

    def _default(self, raw):
        d = self.DefaultHandler or self.DefaultHandlerExpand
        if d is not None:
            self._flush()
            d(self._s(raw))


class _State(object):
    """Input buffer, position bookkeeping and document state."""

    def __init__(self):
        self.raw = ''
        self.codec = None
        self.decoder = None
        self.buf = u''
        self.pos = 0          # next unread index in buf
        self.mark = 0         # index whose line/column is known
        self.line = 1
        self.linestart = 0    # buf index where the mark's line starts
        self.bytes_before = 0  # characters dropped from buf's front
        self.cur = 0          # index of the event being reported
        self.started = False
        self.finished = False
        self.in_callback = False
        self.errcode = 0
        self.errline = self.errcol = 0
        self.errbyte = -1
        self.base = None
        self.pe_parsing = 0
        self.foreign_dtd = False
        self.external = False
        self.phase = 0        # 0 prolog, 1 inside root, 2 after root
        self.seen_decl = False
        self.seen_doctype = False
        self.stack = []       # open elements: (rawname, reported, nsdecls)
        self.ns = [{u'xml': _XML_NS}]
        self.entities = {}
        self.pentities = {}
        self.attdefaults = {}
        self.lenient = False  # undefined entities are skipped, not errors
        self.standalone = -1
        self.cr_pending = False
        self.frozen = None
        self.pending = collections.deque()
        self.decode_error = False

    # decoding ------------------------------------------------------------
    def set_codec(self, name):
        import codecs
        try:
            codecs.lookup(name)
        except LookupError:
            raise LookupError('unknown encoding: %s' % name)
        self.codec = name
        self.decoder = codecs.getincrementaldecoder(name)('strict')

    def feed(self, parser, data, final):
        if self.codec is None:
            self.raw += data
            raw = self.raw
            if parser._encoding:
                self.set_codec(parser._encoding)
            elif raw.startswith('\xef\xbb\xbf'):
                self.set_codec('utf-8-sig')
            elif raw.startswith('\xff\xfe') or raw.startswith('<\x00'):
                self.set_codec('utf-16-le' if raw[:1] == '<' else 'utf-16')
            elif raw.startswith('\xfe\xff') or raw.startswith('\x00<'):
                self.set_codec('utf-16-be' if raw[:1] == '\x00' else 'utf-16')
            elif raw.startswith('<?xml'):
                end = raw.find('?>')
                if end < 0 and not final:
                    return
                m = _enc_peek_re.match(raw, 0, end + 2 if end >= 0
                                       else len(raw))
                enc = m.group(1).lower() if m else 'utf-8'
                if enc in ('utf-16', 'utf16'):
                    enc = 'utf-8'   # a UTF-16 document had a BOM/zero byte
                self.set_codec(enc)
            elif len(raw) < 5 and not final and '<?xml'.startswith(raw):
                return
            else:
                self.set_codec('utf-8')
            data = raw
            self.raw = ''
        # decoded in slices: the tokenizer works on a small window, as every
        # operation on a long unicode string costs its length in minipy
        n = len(data)
        k = 0
        while True:
            piece = data[k:k + _CHUNK]
            k += _CHUNK
            last = k >= n
            try:
                text = self.decoder.decode(piece, final and last)
            except UnicodeDecodeError as e:
                # expat reports the bad byte as an invalid token where it is
                good = piece[:e.start].decode(self.codec, 'ignore')
                self.queue_text(good, True)
                self.decode_error = True
                return
            self.queue_text(text, final and last)
            if last:
                break

    def queue_text(self, text, final):
        # line ends are normalised to \n before anything else sees them
        if self.cr_pending:
            text = u'\r' + text
            self.cr_pending = False
        if text.endswith(u'\r') and not final:
            text = text[:-1]
            self.cr_pending = True
        if u'\r' in text:
            text = text.replace(u'\r\n', u'\n').replace(u'\r', u'\n')
        if text:
            self.pending.append(text)

    def refill(self):
        """Moves the next decoded slice into the window, dropping what has
        been consumed; False when nothing is waiting."""
        if not self.pending:
            return False
        cut = self.pos
        if cut:
            self.move(cut)
            self.bytes_before += cut
            self.buf = self.buf[cut:]
            self.pos = 0
            self.mark -= cut
            self.linestart -= cut
            self.cur -= cut
        self.buf += self.pending.popleft()
        return True

    # positions -----------------------------------------------------------
    def move(self, i):
        """Makes i the current position (for handlers and errors)."""
        if self.frozen is not None:
            # inside an entity's text every event is at the reference
            i = self.frozen
        if i > self.mark:
            buf = self.buf
            n = buf.count(u'\n', self.mark, i)
            if n:
                self.line += n
                self.linestart = buf.rfind(u'\n', self.mark, i) + 1
            self.mark = i
        self.cur = i

    def where(self):
        cur = self.cur
        if cur < self.mark:
            # an earlier point (entity text reports the reference's place)
            buf = self.buf
            n = buf.count(u'\n', cur, self.mark)
            line = self.line - n
            ls = buf.rfind(u'\n', 0, cur) + 1 if n else self.linestart
            return line, cur - ls, self.bytes_before + cur
        return self.line, cur - self.linestart, self.bytes_before + cur

    def raw_context(self):
        return self.buf[self.cur:self.pos].encode('utf-8')


class _Tokenizer(object):
    """Consumes as many complete tokens of the buffer as possible."""

    def __init__(self, parser, st):
        self.p = parser
        self.st = st

    def run(self, final):
        st = self.st
        self.final = final
        buf = st.buf
        while True:
            i = st.pos
            if i >= len(buf):
                if st.refill():
                    buf = st.buf
                    continue
                break
            try:
                if st.phase == 1:
                    j = self.content(buf, i)
                else:
                    j = self.prolog(buf, i)
            except _NeedMore:
                if st.refill():
                    buf = st.buf
                    continue
                if final and not st.decode_error:
                    self.at_end(buf, i)
                break
            st.pos = j
        if st.decode_error:
            _fail(_INVALID, len(buf))
        if final:
            self.p._flush()
            if st.phase == 0:
                st.move(len(buf))
                _fail(_NO_ELEMENTS, len(buf))
            if st.phase == 1:
                _fail(_NO_ELEMENTS, len(buf))

    def at_end(self, buf, i):
        if buf.startswith(u'<![CDATA[', i):
            _fail(_UNCLOSED_CDATA, len(buf))
        if self.st.phase == 0 and buf[i] not in u'<&':
            _fail(_SYNTAX, i)
        _fail(_UNCLOSED, i)

    def need(self, buf, j):
        if j >= len(buf):
            raise _NeedMore

    def find(self, buf, what, i):
        k = buf.find(what, i)
        if k < 0:
            raise _NeedMore
        return k

    def call(self, i, handler, *args):
        st = self.st
        st.move(i)
        st.in_callback = True
        try:
            handler(*args)
        finally:
            st.in_callback = False

    # -- the prolog and epilog -----------------------------------------
    def prolog(self, buf, i):
        st = self.st
        p = self.p
        c = buf[i]
        if c in u' \t\n':
            j = _ws_re.match(buf, i).end()
            if p.DefaultHandler or p.DefaultHandlerExpand:
                self.call(i, p._default, buf[i:j])
            return j
        if c != u'<':
            if st.phase == 2:
                _fail(_JUNK, i)
            m = _name_re.match(buf, i)
            if m:
                if m.end() == len(buf):
                    if not self.final:
                        raise _NeedMore
                    _fail(_SYNTAX, i)
                _fail(_INVALID, m.end())
            _fail(_INVALID, i)
        self.need(buf, i + 1)
        c = buf[i + 1]
        if c == u'?':
            return self.pi(buf, i)
        if c == u'!':
            self.need(buf, i + 3)
            if buf.startswith(u'<!--', i):
                return self.comment(buf, i)
            if st.phase == 2:
                _fail(_JUNK, i)
            if buf.startswith(u'<!DOCTYPE', i) or (
                    u'<!DOCTYPE'.startswith(buf[i:]) and not self.final):
                if st.seen_doctype:
                    _fail(_SYNTAX, i)
                return self.doctype(buf, i)
            _fail(_SYNTAX if st.phase == 0 else _JUNK, i)
        if st.phase == 2:
            _fail(_JUNK, i)
        if c == u'/':
            _fail(_SYNTAX, i)
        return self.start_tag(buf, i)

    # -- element content -------------------------------------------------
    def content(self, buf, i, top=True):
        c = buf[i]
        p = self.p
        if c == u'<':
            self.need(buf, i + 1)
            c = buf[i + 1]
            if c == u'/':
                return self.end_tag(buf, i)
            if c == u'?':
                return self.pi(buf, i)
            if c == u'!':
                self.need(buf, i + 3)
                if buf.startswith(u'<!--', i):
                    return self.comment(buf, i)
                if buf.startswith(u'<![CDATA[', i):
                    return self.cdata(buf, i)
                if u'<![CDATA['.startswith(buf[i:i + 9]):
                    if len(buf) - i < 9:
                        raise _NeedMore
                _fail(_INVALID, i + 2)
            return self.start_tag(buf, i)
        if c == u'&':
            return self.reference(buf, i)
        if c == u'\n':
            self.call_data(i, u'\n')
            return i + 1
        m = _text_re.match(buf, i)
        if m is None:
            if c == u']':
                if buf.startswith(u']]>', i):
                    _fail(_INVALID, i + 2)
                if len(buf) - i < 3 and u']]>'.startswith(buf[i:]) and \
                        top and not self.final:
                    raise _NeedMore
                j = i + 1
                while j < len(buf) and buf[j] == u']':
                    j += 1
                if buf.startswith(u']]>', j - 2) and j - i >= 2:
                    j -= 2
                    if j == i:
                        _fail(_INVALID, i + 2)
                self.call_data(i, buf[i:j])
                return j
            _fail(_INVALID, i)
        j = m.end()
        if top and j == len(buf) and self.st.pending:
            # the text may go on in the next slice: report it in one piece
            raise _NeedMore
        self.call_data(i, buf[i:j])
        return j

    def call_data(self, i, text, raw=None):
        p = self.p
        if p.CharacterDataHandler is None and not (
                p.DefaultHandler or p.DefaultHandlerExpand):
            return
        self.st.move(i)
        if len(text) > 1024 and self.st.codec not in _NATIVE:
            # expat converts other encodings through a 1024-unit buffer and
            # reports each bufferful of text separately
            for k in range(0, len(text), 1024):
                p._data(text[k:k + 1024])
            return
        p._data(text, raw)

    def reference(self, buf, i, in_attr=False):
        """Handles &...; in content; returns the index after it."""
        p = self.p
        st = self.st
        self.need(buf, i + 1)
        if buf[i + 1] != u'#':
            m = _name_re.match(buf, i + 1)
            if m is None:
                _fail(_INVALID, i + 1)
            self.need(buf, m.end())
            if buf[m.end()] != u';':
                _fail(_INVALID, m.end())
        j = self.find(buf, u';', i)
        if buf[i + 1:i + 2] == u'#':
            ch = self.charref(buf, i, j)
            self.call_data(i, ch, buf[i:j + 1])
            return j + 1
        m = _name_re.match(buf, i + 1)
        if m is None or m.end() != j:
            if m is None:
                _fail(_INVALID, i + 1)
            _fail(_INVALID, m.end())
        name = buf[i + 1:j]
        raw = buf[i:j + 1]
        if name in _PREDEFINED:
            self.call_data(i, _PREDEFINED[name], raw)
            return j + 1
        ent = st.entities.get(name)
        if ent is None:
            if st.lenient:
                if p.SkippedEntityHandler is not None:
                    self.st.move(i)
                    p._flush()
                    self.call(i, p.SkippedEntityHandler, p._name(name), 0)
                elif p.DefaultHandler or p.DefaultHandlerExpand:
                    self.call(i, p._default, raw)
                return j + 1
            _fail(_UNDEF, i)
        if ent.notation is not None:
            _fail(_BINARY, i)
        if ent.value is None:
            h = p.ExternalEntityRefHandler
            if h is not None:
                st.move(i)
                p._flush()
                if not h(name if p.returns_unicode else name.encode('utf-8'),
                         p._s(st.base), p._s(ent.system), p._s(ent.public)):
                    _fail(_EXT_HANDLING, i)
            elif p.DefaultHandler or p.DefaultHandlerExpand:
                self.call(i, p._default, raw)
            return j + 1
        if p.DefaultHandler is not None:
            # a plain default handler suppresses internal entity expansion
            self.call(i, p._default, raw)
            return j + 1
        if ent.open:
            _fail(_RECURSIVE, i)
        ent.open = True
        try:
            self.expand(ent.value, i)
        finally:
            ent.open = False
        return j + 1

    def charref(self, buf, i, j):
        m = _charref_re.match(buf, i, j + 1)
        if m is None or m.end() != j + 1:
            k = i + 2
            if buf[k:k + 1] == u'x':
                k += 1
                while k < j and buf[k] in u'0123456789abcdefABCDEF':
                    k += 1
            else:
                while k < j and buf[k].isdigit():
                    k += 1
            _fail(_INVALID, k)
        if m.group(1) is not None:
            n = int(m.group(1))
        else:
            n = int(m.group(2), 16)
        if not (n in (9, 10, 13) or 0x20 <= n <= 0xd7ff or
                0xe000 <= n <= 0xfffd or 0x10000 <= n <= 0x10ffff):
            _fail(_BADCHAR, i)
        return _unichr(n)

    def expand(self, text, at):
        """Parses an internal entity's replacement text as content; every
        event inside reports the position of the reference."""
        st = self.st
        depth = len(st.stack)
        k = 0
        saved = self.final
        self.final = True
        outer = st.frozen
        if outer is None:
            st.move(at)
            st.frozen = at
        try:
            while k < len(text):
                try:
                    k = self.content(text, k, False)
                except _Fail as f:
                    raise _Fail(f.code, at)
                except _NeedMore:
                    _fail(_INVALID, at)
        finally:
            self.final = saved
            st.frozen = outer
        if len(st.stack) != depth:
            _fail(_ASYNC, at)

    def cdata(self, buf, i):
        p = self.p
        try:
            k = self.find(buf, u']]>', i + 9)
        except _NeedMore:
            if self.final:
                _fail(_UNCLOSED_CDATA, len(buf))
            raise
        text = buf[i + 9:k]
        bad = _bad_char_re.search(text)
        if bad:
            _fail(_INVALID, i + 9 + bad.start())
        if p.StartCdataSectionHandler is not None:
            self.st.move(i)
            p._flush()
            self.call(i, p.StartCdataSectionHandler)
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, u'<![CDATA[')
        pos = i + 9
        for piece in _re.split(u'(\n)', text):
            if piece:
                self.call_data(pos, piece)
                pos += len(piece)
        if p.EndCdataSectionHandler is not None:
            self.st.move(k)
            p._flush()
            self.call(k, p.EndCdataSectionHandler)
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(k, p._default, u']]>')
        return k + 3

    def comment(self, buf, i):
        p = self.p
        k = self.find(buf, u'--', i + 4)
        self.need(buf, k + 2)
        if buf[k + 2] != u'>':
            _fail(_INVALID, k + 2)
        text = buf[i + 4:k]
        bad = _bad_char_re.search(text)
        if bad:
            _fail(_INVALID, i + 4 + bad.start())
        if p.CommentHandler is not None:
            self.st.move(i)
            p._flush()
            self.call(i, p.CommentHandler, p._s(text))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:k + 3])
        return k + 3

    def pi(self, buf, i):
        p = self.p
        st = self.st
        m = _name_re.match(buf, i + 2)
        if m is None:
            self.need(buf, i + 2)
            _fail(_INVALID, i + 2)
        j = m.end()
        self.need(buf, j)
        target = buf[i + 2:j]
        k = self.find(buf, u'?>', j)
        if target == u'xml':
            if i != 0 or st.external and False:
                _fail(_MISPLACED_XML, i)
            return self.xml_decl(buf, i, k)
        if target.lower() == u'xml':
            _fail(_INVALID, i + 2)
        if buf[j] not in u' \t\n?':
            _fail(_INVALID, j)
        data = buf[j:k].lstrip(u' \t\n')
        if p.ProcessingInstructionHandler is not None:
            self.st.move(i)
            p._flush()
            self.call(i, p.ProcessingInstructionHandler, p._name(target),
                      p._s(data))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:k + 2])
        return k + 2

    def xml_decl(self, buf, i, k):
        p = self.p
        st = self.st
        m = _decl_re.match(buf, i, k + 2)
        if m is None or m.end() != k + 2:
            # expat points just past the version's value when it gets that far
            _fail(_XML_DECL, self._decl_error_pos(buf, i, k))
        version = m.group(1) or m.group(2)
        enc = m.group(3) or m.group(4)
        sa = m.group(5) or m.group(6)
        standalone = -1 if sa is None else (1 if sa == u'yes' else 0)
        st.standalone = standalone
        st.seen_decl = True
        if p.XmlDeclHandler is not None:
            self.call(i, p.XmlDeclHandler, p._s(version), p._s(enc),
                      standalone)
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:k + 2])
        return k + 2

    def _decl_error_pos(self, buf, i, k):
        j = i + 5
        while j < k and buf[j] in u' \t\n':
            j += 1
        m = _name_re.match(buf, j)
        if m is None:
            return j
        return m.end() if buf[j:m.end()] != u'version' else m.end()

    # -- tags --------------------------------------------------------------
    def start_tag(self, buf, i):
        p = self.p
        st = self.st
        m = _name_re.match(buf, i + 1)
        if m is None:
            self.need(buf, i + 1)
            _fail(_INVALID, i + 1)
        j = m.end()
        name = buf[i + 1:j]
        attrs = []
        seen = set()
        while True:
            self.need(buf, j)
            k = _ws_re.match(buf, j).end()
            self.need(buf, k)
            c = buf[k]
            if c == u'>':
                empty = False
                end = k + 1
                break
            if c == u'/':
                self.need(buf, k + 1)
                if buf[k + 1] != u'>':
                    _fail(_INVALID, k + 1)
                empty = True
                end = k + 2
                break
            if k == j:
                _fail(_INVALID, k)
            am = _name_re.match(buf, k)
            if am is None:
                _fail(_INVALID, k)
            aname = am.group()
            e = am.end()
            self.need(buf, e)
            e = _ws_re.match(buf, e).end()
            self.need(buf, e)
            if buf[e] != u'=':
                _fail(_INVALID, e)
            e = _ws_re.match(buf, e + 1).end()
            self.need(buf, e)
            q = buf[e]
            if q not in u'"\'':
                _fail(_INVALID, e)
            close = self.find(buf, q, e + 1)
            lt = buf.find(u'<', e + 1, close)
            if lt >= 0:
                _fail(_INVALID, lt)
            if aname in seen:
                _fail(_DUPATTR, k)
            seen.add(aname)
            attrs.append((aname, e + 1, close))
            j = close + 1
        # the whole tag is here: now check the values and report it
        values = []
        for aname, a, b in attrs:
            values.append((aname, self.attr_value(buf, a, b, i)))
        self.report_start(i, name, values, empty, end)
        return end

    def attr_value(self, buf, a, b, tagpos, depth=0):
        out = []
        k = a
        while k < b:
            c = buf[k]
            if c == u'&':
                semi = buf.find(u';', k, b)
                if semi < 0:
                    _fail(_INVALID, b)
                if buf[k + 1:k + 2] == u'#':
                    out.append(self.charref(buf, k, semi))
                else:
                    name = buf[k + 1:semi]
                    m = _name_re.match(buf, k + 1)
                    if m is None or m.end() != semi:
                        _fail(_INVALID, m.end() if m else k + 1)
                    if name in _PREDEFINED:
                        out.append(_PREDEFINED[name])
                    else:
                        ent = self.st.entities.get(name)
                        if ent is None:
                            _fail(_UNDEF, tagpos if depth == 0 else tagpos)
                        if ent.value is None:
                            _fail(_BINARY if ent.notation else _EXT_IN_ATTR,
                                  k)
                        if ent.open:
                            _fail(_RECURSIVE, tagpos)
                        if u'<' in ent.value:
                            _fail(_INVALID, tagpos)
                        ent.open = True
                        try:
                            out.append(self.attr_value(
                                ent.value, 0, len(ent.value), tagpos,
                                depth + 1))
                        finally:
                            ent.open = False
                k = semi + 1
            elif c in u'\t\n':
                out.append(u' ')
                k += 1
            else:
                bad = _bad_char_re.match(buf, k)
                if bad:
                    _fail(_INVALID, k)
                out.append(c)
                k += 1
        return u''.join(out)

    def report_start(self, i, name, values, empty, end):
        p = self.p
        st = self.st
        if st.phase == 0:
            st.phase = 1
            if st.foreign_dtd and not st.seen_doctype:
                self.foreign(i, None, None)
        defaults = st.attdefaults.get(name)
        if defaults and not p.specified_attributes:
            have = set(n for n, v in values)
            for aname, dval in defaults:
                if aname not in have:
                    values.append((aname, dval))
                    have.add(aname)
        decls = []
        sep = p._nssep
        if sep is not None:
            rest = []
            for aname, val in values:
                if aname == u'xmlns' or aname.startswith(u'xmlns:'):
                    prefix = aname[6:] or None
                    uri = val or None
                    if prefix is not None and uri is None:
                        _fail(_UNDECLARING, i)
                    decls.append((prefix, uri))
                else:
                    rest.append((aname, val))
            values = rest
            if decls:
                scope = dict(st.ns[-1])
                for prefix, uri in decls:
                    scope[prefix] = uri
                st.ns.append(scope)
                st.move(i)
                p._flush()
                for prefix, uri in decls:
                    if p.StartNamespaceDeclHandler is not None:
                        self.call(i, p.StartNamespaceDeclHandler,
                                  p._s(prefix), p._s(uri))
            scope = st.ns[-1]
            reported = self.qualify(name, scope, sep, True, i)
            out = []
            seen = set()
            for aname, val in values:
                qn = self.qualify(aname, scope, sep, False, i)
                if qn in seen:
                    _fail(_DUPATTR, i)
                seen.add(qn)
                out.append((qn, val))
            values = out
        else:
            reported = name
        st.stack.append((name, reported, decls))
        h = p.StartElementHandler
        if h is not None:
            st.move(i)
            p._flush()
            if p.ordered_attributes:
                a = []
                for n, v in values:
                    a.append(p._name(n))
                    a.append(p._s(v))
            else:
                a = {}
                for n, v in values:
                    a[p._name(n)] = p._s(v)
            self.call(i, h, p._name(reported), a)
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, st.buf[i:end] if end <= len(st.buf)
                      else u'')
        if empty:
            self.report_end(end, end)

    def qualify(self, name, scope, sep, is_element, pos):
        colon = name.find(u':')
        if colon < 0:
            if is_element:
                uri = scope.get(None)
                if uri:
                    return uri + sep + name
            return name
        prefix = name[:colon]
        local = name[colon + 1:]
        if prefix == u'xmlns':
            return name
        uri = scope.get(prefix)
        if uri is None:
            _fail(_UNBOUND, pos)
        if self.p.namespace_prefixes:
            return uri + sep + local + sep + prefix
        return uri + sep + local

    def end_tag(self, buf, i):
        st = self.st
        m = _name_re.match(buf, i + 2)
        if m is None:
            self.need(buf, i + 2)
            _fail(_INVALID, i + 2)
        j = m.end()
        self.need(buf, j)
        k = _ws_re.match(buf, j).end()
        self.need(buf, k)
        if buf[k] != u'>':
            _fail(_INVALID, k)
        name = m.group()
        if not st.stack or st.stack[-1][0] != name:
            _fail(_MISMATCH, i + 2)
        self.report_end(k + 1, i)
        return k + 1

    def report_end(self, end, i):
        p = self.p
        st = self.st
        name, reported, decls = st.stack.pop()
        h = p.EndElementHandler
        if h is not None:
            self.st.move(i)
            p._flush()
            self.call(i, h, p._name(reported))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, st.buf[i:end] if end <= len(st.buf)
                      and st.buf.startswith(u'</', i) else u'')
        if decls:
            st.ns.pop()
            h = p.EndNamespaceDeclHandler
            if h is not None:
                st.move(i)
                p._flush()
                for prefix, uri in reversed(decls):
                    self.call(i, h, p._s(prefix))
        if not st.stack:
            st.phase = 2

    # -- the document type declaration -------------------------------------
    def doctype(self, buf, i):
        p = self.p
        st = self.st
        j = i + 9
        self.need(buf, j)
        if buf[j] not in u' \t\n':
            _fail(_INVALID, j)
        j = _ws_re.match(buf, j).end()
        m = _name_re.match(buf, j)
        if m is None:
            self.need(buf, j)
            _fail(_SYNTAX, j)
        name = m.group()
        j = m.end()
        self.need(buf, j)
        j = self.skip_ws(buf, j)
        system = public = None
        if buf.startswith(u'SYSTEM', j) or buf.startswith(u'PUBLIC', j):
            j, system, public = self.external_id(buf, j, False)
            j = self.skip_ws(buf, j)
        c = buf[j]
        if c == u'[':
            internal = True
        elif c == u'>':
            internal = False
        else:
            _fail(_SYNTAX, j)
        if internal:
            # find the end of the internal subset before reporting anything
            end = self.scan_subset(buf, j + 1)
            st.subset_text = buf[j + 1:buf.rindex(u']', j, end)]
        else:
            end = j + 1
            st.subset_text = None
        st.seen_doctype = True
        if system is not None and st.standalone != 1:
            st.lenient = True
        if p.StartDoctypeDeclHandler is not None:
            self.st.move(i)
            p._flush()
            self.call(i, p.StartDoctypeDeclHandler, p._s(name), p._s(system),
                      p._s(public), int(internal))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            for piece in _doctype_pieces_re.findall(buf, i, j):
                self.call(i, p._default, piece)
        if internal:
            self.subset(buf, j + 1)
        if system is not None and st.pe_parsing and \
                p.ExternalEntityRefHandler is not None:
            self.foreign(i, system, public)
        if p.EndDoctypeDeclHandler is not None:
            self.call(i, p.EndDoctypeDeclHandler)
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[end - 1:end])
        return end

    def foreign(self, i, system, public):
        p = self.p
        h = p.ExternalEntityRefHandler
        if h is not None and self.st.pe_parsing:
            self.st.move(i)
            if not h(None, p._s(self.st.base), p._s(system), p._s(public)):
                _fail(_EXT_HANDLING, i)

    def skip_ws(self, buf, j):
        self.need(buf, j)
        j = _ws_re.match(buf, j).end()
        self.need(buf, j)
        return j

    def literal(self, buf, j):
        self.need(buf, j)
        q = buf[j]
        if q not in u'"\'':
            _fail(_SYNTAX, j)
        k = self.find(buf, q, j + 1)
        return k + 1, buf[j + 1:k]

    def external_id(self, buf, j, allow_public_only):
        if buf.startswith(u'SYSTEM', j):
            j = self.skip_ws(buf, j + 6)
            j, system = self.literal(buf, j)
            return j, system, None
        j = self.skip_ws(buf, j + 6)
        j, public = self.literal(buf, j)
        public = u' '.join(public.split())
        k = self.skip_ws(buf, j)
        if buf[k] in u'"\'':
            j, system = self.literal(buf, k)
            return j, system, public
        if not allow_public_only:
            _fail(_SYNTAX, k)
        return j, None, public

    def scan_subset(self, buf, j):
        """Returns the index after the ']>' that closes an internal subset
        (raises _NeedMore until it is all here)."""
        n = len(buf)
        while True:
            self.need(buf, j)
            c = buf[j]
            if c == u']':
                k = self.skip_ws(buf, j + 1)
                if buf[k] != u'>':
                    _fail(_SYNTAX, k)
                return k + 1
            if c in u'"\'':
                j = self.find(buf, c, j + 1) + 1
            elif buf.startswith(u'<!--', j):
                j = self.find(buf, u'-->', j + 4) + 3
            elif buf.startswith(u'<?', j):
                j = self.find(buf, u'?>', j + 2) + 2
            else:
                j += 1
            if j > n:
                raise _NeedMore

    def subset(self, buf, j):
        p = self.p
        st = self.st
        while True:
            j = _ws_re.match(buf, j).end()
            c = buf[j]
            if c == u']':
                return
            if c == u'%':
                m = _name_re.match(buf, j + 1)
                if m is None or buf[m.end():m.end() + 1] != u';':
                    _fail(_INVALID, j + 1)
                # a parameter entity reference: expat's behaviour without
                # reading external DTD text is to stop enforcing entities
                if st.standalone != 1:
                    st.lenient = True
                j = m.end() + 1
            elif buf.startswith(u'<!--', j):
                j = self.comment(buf, j)
            elif buf.startswith(u'<?', j):
                j = self.pi(buf, j)
            elif buf.startswith(u'<!ENTITY', j):
                j = self.entity_decl(buf, j)
            elif buf.startswith(u'<!ELEMENT', j):
                j = self.element_decl(buf, j)
            elif buf.startswith(u'<!ATTLIST', j):
                j = self.attlist_decl(buf, j)
            elif buf.startswith(u'<!NOTATION', j):
                j = self.notation_decl(buf, j)
            else:
                _fail(_SYNTAX, j)

    def decl_name(self, buf, j):
        j = _ws_re.match(buf, j).end()
        m = _name_re.match(buf, j)
        if m is None:
            _fail(_SYNTAX, j)
        return m.end(), m.group()

    def decl_end(self, buf, j):
        j = _ws_re.match(buf, j).end()
        if buf[j] != u'>':
            _fail(_SYNTAX, j)
        return j + 1

    def entity_decl(self, buf, i):
        p = self.p
        st = self.st
        j = _ws_re.match(buf, i + 8).end()
        param = buf[j] == u'%'
        if param:
            j += 1
        j, name = self.decl_name(buf, j)
        j = _ws_re.match(buf, j).end()
        value = system = public = notation = None
        if buf[j] in u'"\'':
            j, raw = self.literal(buf, j)
            value = self.entity_value(raw, j)
        elif buf.startswith(u'SYSTEM', j) or buf.startswith(u'PUBLIC', j):
            j, system, public = self.external_id(buf, j, False)
            k = _ws_re.match(buf, j).end()
            if buf.startswith(u'NDATA', k) and not param:
                j, notation = self.decl_name(buf, k + 5)
        else:
            _fail(_SYNTAX, j)
        end = self.decl_end(buf, j)
        table = st.pentities if param else st.entities
        if name in table:
            return end
        table[name] = _Entity(name, value, system, public, notation)
        if notation is not None and p.UnparsedEntityDeclHandler is not None:
            self.call(i, p.UnparsedEntityDeclHandler, p._s(name),
                      p._s(st.base), p._s(system), p._s(public),
                      p._s(notation))
        elif p.EntityDeclHandler is not None:
            self.call(i, p.EntityDeclHandler, p._s(name), int(param),
                      p._s(value), p._s(st.base), p._s(system),
                      p._s(public), p._s(notation))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:end])
        return end

    def entity_value(self, raw, at):
        # character references are replaced when the entity is declared
        def sub(m):
            n = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
            return _unichr(n)
        return _charref_re.sub(sub, raw)

    def notation_decl(self, buf, i):
        p = self.p
        j, name = self.decl_name(buf, i + 10)
        j = _ws_re.match(buf, j).end()
        j, system, public = self.external_id(buf, j, True)
        end = self.decl_end(buf, j)
        if p.NotationDeclHandler is not None:
            self.call(i, p.NotationDeclHandler, p._s(name),
                      p._s(self.st.base), p._s(system), p._s(public))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:end])
        return end

    def element_decl(self, buf, i):
        p = self.p
        j, name = self.decl_name(buf, i + 9)
        j = _ws_re.match(buf, j).end()
        if buf.startswith(u'EMPTY', j):
            mdl, j = (1, 0, None, ()), j + 5
        elif buf.startswith(u'ANY', j):
            mdl, j = (2, 0, None, ()), j + 3
        elif buf[j] == u'(':
            mdl, j = self.content_model(buf, j)
        else:
            _fail(_SYNTAX, j)
        end = self.decl_end(buf, j)
        if p.ElementDeclHandler is not None:
            self.call(i, p.ElementDeclHandler, p._s(name),
                      self._model_out(mdl))
        elif p.DefaultHandler or p.DefaultHandlerExpand:
            self.call(i, p._default, buf[i:end])
        return end

    def _model_out(self, mdl):
        t, q, n, kids = mdl
        return (t, q, self.p._s(n), tuple(self._model_out(k) for k in kids))

    def quant(self, buf, j):
        c = buf[j:j + 1]
        if c == u'?':
            return 1, j + 1
        if c == u'*':
            return 2, j + 1
        if c == u'+':
            return 3, j + 1
        return 0, j

    def content_model(self, buf, j):
        """Parses '(...)' at j into expat's (type, quant, name, children)."""
        k = _ws_re.match(buf, j + 1).end()
        if buf.startswith(u'#PCDATA', k):
            k = _ws_re.match(buf, k + 7).end()
            names = []
            while buf[k] == u'|':
                k, nm = self.decl_name(buf, k + 1)
                names.append((4, 0, nm, ()))
                k = _ws_re.match(buf, k).end()
            if buf[k] != u')':
                _fail(_SYNTAX, k)
            q, k = self.quant(buf, k + 1)
            return (3, q, None, tuple(names)), k
        kids = []
        kind = None
        while True:
            k = _ws_re.match(buf, k).end()
            if buf[k] == u'(':
                kid, k = self.content_model(buf, k)
            else:
                m = _name_re.match(buf, k)
                if m is None:
                    _fail(_SYNTAX, k)
                q, k = self.quant(buf, m.end())
                kid = (4, q, m.group(), ())
            kids.append(kid)
            k = _ws_re.match(buf, k).end()
            c = buf[k]
            if c == u')':
                break
            if c not in u',|' or (kind is not None and c != kind):
                _fail(_SYNTAX, k)
            kind = c
            k += 1
        q, k = self.quant(buf, k + 1)
        return (5 if kind == u'|' else 6, q, None, tuple(kids)), k

    def attlist_decl(self, buf, i):
        p = self.p
        st = self.st
        j, elname = self.decl_name(buf, i + 9)
        decls = []
        while True:
            k = _ws_re.match(buf, j).end()
            if buf[k] == u'>':
                end = k + 1
                break
            j, aname = self.decl_name(buf, k)
            j = _ws_re.match(buf, j).end()
            if buf[j] == u'(':
                k = buf.find(u')', j)
                if k < 0:
                    _fail(_SYNTAX, j)
                atype = u''.join(buf[j:k + 1].split())
                j = k + 1
            else:
                j, atype = self.decl_name(buf, j)
                if atype == u'NOTATION':
                    j = _ws_re.match(buf, j).end()
                    k = buf.find(u')', j)
                    atype = u'NOTATION' + u''.join(buf[j:k + 1].split())
                    j = k + 1
            j = _ws_re.match(buf, j).end()
            required = 0
            default = None
            if buf.startswith(u'#REQUIRED', j):
                required = 1
                j += 9
            elif buf.startswith(u'#IMPLIED', j):
                j += 8
            else:
                if buf.startswith(u'#FIXED', j):
                    required = 1
                    j = _ws_re.match(buf, j + 6).end()
                j, raw = self.literal(buf, j)
                default = self.attr_value(raw, 0, len(raw), j)
            decls.append((aname, atype, default, required))
        table = st.attdefaults.setdefault(elname, [])
        known = set(n for n, v in table)
        for aname, atype, default, required in decls:
            if default is not None and aname not in known:
                table.append((aname, default))
                known.add(aname)
            if p.AttlistDeclHandler is not None:
                self.call(i, p.AttlistDeclHandler, p._s(elname),
                          p._s(aname), p._s(atype), p._s(default), required)
        if p.AttlistDeclHandler is None and (p.DefaultHandler or
                                             p.DefaultHandlerExpand):
            self.call(i, p._default, buf[i:end])
        return end


def _unichr(n):
    if n < 0x10000:
        return unichr(n)
    try:
        return unichr(n)
    except ValueError:
        n -= 0x10000
        return unichr(0xd800 + (n >> 10)) + unichr(0xdc00 + (n & 0x3ff))


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, basestring):
        raise TypeError('ParserCreate() argument 1 must be string or None, '
                        'not %s' % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, basestring):
            raise TypeError('ParserCreate() argument 2 must be string or '
                            'None, not %s' % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one '
                             'character, omitted, or None')
        namespace_separator = unicode(namespace_separator)
    if intern is not None and not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)
