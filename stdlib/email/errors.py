"""Exceptions raised by the email package, and the defect classes a parser
records on a message when its input breaks the MIME rules."""


class MessageError(Exception):
    """Root of the email package's exceptions."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A non-multipart message was asked to take a subpart."""


class CharsetError(MessageError):
    """An unusable character set name."""


class MessageDefect:
    """Something wrong in a parsed message, kept rather than raised."""

    def __init__(self, line=None):
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart Content-Type without a boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary named in the header never starts a part."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The headers begin with a folded (continuation) line."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' envelope line in the middle of the headers."""


class MalformedHeaderDefect(MessageDefect):
    """A header line without a colon."""


class MultipartInvariantViolationDefect(MessageDefect):
    """Declared multipart, but the payload is not a list of parts."""
