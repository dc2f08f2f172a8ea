"""Parsing whole messages from a file or a string (FeedParser underneath)."""

__all__ = ['Parser', 'HeaderParser']

import warnings
from cStringIO import StringIO
from email.feedparser import FeedParser
from email.message import Message


class Parser:
    """Parser([_class[, strict]]): messages are made with _class (Message
    by default); strict is accepted for compatibility and ignored."""

    def __init__(self, *args, **kws):
        if len(args) > 2:
            raise TypeError('Too many arguments')
        for position, key in enumerate(('_class', 'strict')):
            if len(args) > position:
                if key in kws:
                    raise TypeError("Multiple values for keyword arg '%s'" % key)
                kws[key] = args[position]
        self._class = kws.pop('_class', Message)
        if 'strict' in kws:
            warnings.warn("'strict' argument is deprecated (and ignored)",
                          DeprecationWarning, 2)
            del kws['strict']
        if kws:
            raise TypeError('Unexpected keyword arguments')

    def parse(self, fp, headersonly=False):
        feeder = FeedParser(self._class)
        if headersonly:
            feeder._set_headersonly()
        while True:
            block = fp.read(8192)
            if not block:
                break
            feeder.feed(block)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed, as one string."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)
