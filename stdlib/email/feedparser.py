"""An incremental parser: feed() it text in pieces of any size, close()
returns the message tree.  It never raises on bad input; it records
defects on the messages instead."""

__all__ = ['FeedParser']

import re
from email import errors
from email import message

NLCRE = re.compile('\r\n|\r|\n')
NLCRE_bol = re.compile('(\r\n|\r|\n)')
NLCRE_eol = re.compile('(\r\n|\r|\n)\Z')
NLCRE_crack = re.compile('(\r\n|\r|\n)')
# A header line: an envelope 'From ', a field name and colon, or a
# continuation starting with a blank.
headerRE = re.compile(r'^(From |[\041-\071\073-\176]{1,}:|[\t ])')
EMPTYSTRING = ''
NL = '\n'

# What the parsing generator yields when it has run out of input.
NeedMoreData = object()


def _strip_eol(text):
    mo = NLCRE_eol.search(text)
    if mo:
        return text[:-len(mo.group(0))]
    return text


class BufferedSubFile(object):
    """Complete lines of the input so far, read one at a time.  Predicates
    pushed with push_eof_matcher make a line look like the end of input
    (a multipart boundary ends the part inside it)."""

    def __init__(self):
        self._partial = []      # pieces of a line without its end yet
        self._lines = []        # complete lines, last one first
        self._eofstack = []
        self._closed = False

    def push_eof_matcher(self, pred):
        self._eofstack.append(pred)

    def pop_eof_matcher(self):
        return self._eofstack.pop()

    def close(self):
        self.pushlines(''.join(self._partial).splitlines(True))
        self._partial = []
        self._closed = True

    def readline(self):
        if not self._lines:
            return '' if self._closed else NeedMoreData
        line = self._lines.pop()
        for at_end in reversed(self._eofstack):
            if at_end(line):
                self._lines.append(line)
                return ''
        return line

    def unreadline(self, line):
        assert line is not NeedMoreData
        self._lines.append(line)

    def push(self, data):
        """Adds data; complete lines become readable."""
        parts = data.splitlines(True)
        if not parts or not parts[0].endswith(('\n', '\r')):
            # Still no line end: keep collecting.
            self._partial += parts
            return
        if self._partial:
            # The first piece ends the pending line; a '\r' pending and a
            # '\n' arriving must be joined into one '\r\n'.
            self._partial.append(parts[0])
            parts[0:1] = ''.join(self._partial).splitlines(True)
            del self._partial[:]
        if not parts[-1].endswith('\n'):
            # Maybe a '\r' whose '\n' is still to come.
            self._partial = [parts.pop()]
        self.pushlines(parts)

    def pushlines(self, lines):
        self._lines[:0] = lines[::-1]

    def is_closed(self):
        return self._closed

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if line == '':
            raise StopIteration
        return line


class FeedParser:
    """Builds a message (of _factory's class) from text fed in pieces."""

    def __init__(self, _factory=message.Message):
        self._factory = _factory
        self._input = BufferedSubFile()
        self._msgstack = []
        self._parse = self._parsegen().next
        self._cur = None
        self._last = None
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._input.push(data)
        self._call_parse()

    def _call_parse(self):
        try:
            self._parse()
        except StopIteration:
            pass

    def close(self):
        """Parses what is left and returns the root message."""
        self._input.close()
        self._call_parse()
        root = self._pop_message()
        assert not self._msgstack
        if root.get_content_maintype() == 'multipart' and not root.is_multipart():
            root.defects.append(errors.MultipartInvariantViolationDefect())
        return root

    def _new_message(self):
        msg = self._factory()
        if self._cur and self._cur.get_content_type() == 'multipart/digest':
            msg.set_default_type('message/rfc822')
        if self._msgstack:
            self._msgstack[-1].attach(msg)
        self._msgstack.append(msg)
        self._cur = self._last = msg

    def _pop_message(self):
        done = self._msgstack.pop()
        self._cur = self._msgstack[-1] if self._msgstack else None
        return done

    def _read_rest(self):
        # Yields NeedMoreData until the input (or sub-input) ends, then
        # leaves the collected text in self._rest.
        collected = []
        for line in self._input:
            if line is NeedMoreData:
                yield NeedMoreData
                continue
            collected.append(line)
        self._rest = EMPTYSTRING.join(collected)

    def _sub_message(self):
        # Parses one nested message, passing NeedMoreData up.
        for state in self._parsegen():
            if state is NeedMoreData:
                yield NeedMoreData
                continue
            break

    def _next_line(self):
        while True:
            line = self._input.readline()
            if line is NeedMoreData:
                yield NeedMoreData
                continue
            self._line = line
            return

    def _parsegen(self):
        self._new_message()
        headers = []
        for line in self._input:
            if line is NeedMoreData:
                yield NeedMoreData
                continue
            if not headerRE.match(line):
                # The end of the headers: a blank line is eaten, anything
                # else is the start of the body.
                if not NLCRE.match(line):
                    self._input.unreadline(line)
                break
            headers.append(line)
        self._parse_headers(headers)

        if self._headersonly:
            for state in self._read_rest():
                yield state
            self._cur.set_payload(self._rest)
            return

        ctype = self._cur.get_content_type()
        if ctype == 'message/delivery-status':
            # A series of header blocks separated by blank lines, each a
            # message of its own.
            while True:
                self._input.push_eof_matcher(NLCRE.match)
                for state in self._sub_message():
                    yield state
                self._pop_message()
                self._input.pop_eof_matcher()
                # The blank line that ended the block, then what follows.
                for state in self._next_line():
                    yield state
                for state in self._next_line():
                    yield state
                if self._line == '':
                    break
                self._input.unreadline(self._line)
            return

        if self._cur.get_content_maintype() == 'message':
            for state in self._sub_message():
                yield state
            self._pop_message()
            return

        if self._cur.get_content_maintype() == 'multipart':
            for state in self._parse_multipart():
                yield state
            return

        for state in self._read_rest():
            yield state
        self._cur.set_payload(self._rest)

    def _parse_multipart(self):
        boundary = self._cur.get_boundary()
        if boundary is None:
            self._cur.defects.append(errors.NoBoundaryInMultipartDefect())
            for state in self._read_rest():
                yield state
            self._cur.set_payload(self._rest)
            return
        separator = '--' + boundary
        boundaryre = re.compile(
            '(?P<sep>' + re.escape(separator) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        in_preamble = True
        preamble = []
        closing_linesep = False
        while True:
            line = self._input.readline()
            if line is NeedMoreData:
                yield NeedMoreData
                continue
            if line == '':
                break
            mo = boundaryre.match(line)
            if not mo:
                assert in_preamble
                preamble.append(line)
                continue
            if mo.group('end'):
                closing_linesep = mo.group('linesep')
                break
            if in_preamble:
                # The first boundary: what came before is the preamble,
                # without the line end that belongs to the boundary.
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    self._cur.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
                self._input.unreadline(line)
                continue
            # Skip this boundary line (and any repeated ones).
            while True:
                line = self._input.readline()
                if line is NeedMoreData:
                    yield NeedMoreData
                    continue
                if not boundaryre.match(line):
                    self._input.unreadline(line)
                    break
            self._input.push_eof_matcher(boundaryre.match)
            for state in self._sub_message():
                yield state
            # The line end before the next boundary belongs to it, not to
            # the part just read.
            last = self._last
            if last.get_content_maintype() == 'multipart':
                epilogue = last.epilogue
                if epilogue == '':
                    last.epilogue = None
                elif epilogue is not None:
                    last.epilogue = _strip_eol(epilogue)
            else:
                payload = last.get_payload()
                if isinstance(payload, basestring):
                    stripped = _strip_eol(payload)
                    if stripped != payload:
                        last.set_payload(stripped)
            self._input.pop_eof_matcher()
            self._pop_message()
            self._last = self._cur
        if in_preamble:
            # No boundary at all: the whole body is the payload.
            self._cur.defects.append(errors.StartBoundaryNotFoundDefect())
            self._cur.set_payload(EMPTYSTRING.join(preamble))
            for line in self._input:
                if line is NeedMoreData:
                    yield NeedMoreData
                    continue
            self._cur.epilogue = ''
            return
        epilogue = [''] if closing_linesep else []
        for line in self._input:
            if line is NeedMoreData:
                yield NeedMoreData
                continue
            epilogue.append(line)
        if epilogue:
            mo = NLCRE_bol.match(epilogue[0])
            if mo:
                epilogue[0] = epilogue[0][len(mo.group(0)):]
        self._cur.epilogue = EMPTYSTRING.join(epilogue)

    def _parse_headers(self, lines):
        name = ''
        value = []
        for index, line in enumerate(lines):
            if line[0] in ' \t':
                if not name:
                    # A continuation with nothing to continue.
                    self._cur.defects.append(
                        errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                value.append(line)
                continue
            if name:
                self._cur[name] = EMPTYSTRING.join(value)[:-1].rstrip('\r\n')
                name, value = '', []
            if line.startswith('From '):
                if index == 0:
                    self._cur.set_unixfrom(_strip_eol(line))
                    continue
                if index == len(lines) - 1:
                    # Probably the first line of the body, not a header.
                    self._input.unreadline(line)
                    return
                self._cur.defects.append(
                    errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon < 0:
                self._cur.defects.append(errors.MalformedHeaderDefect(line))
                continue
            name = line[:colon]
            value = [line[colon + 1:].lstrip()]
        if name:
            self._cur[name] = EMPTYSTRING.join(value).rstrip('\r\n')
