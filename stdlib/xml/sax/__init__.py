"""xml.sax (minipy's own): the SAX exceptions and the saxutils helpers.
No parser is available (make_parser raises SAXReaderNotAvailable)."""


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg = msg
        self._exception = exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError('__getitem__')


class SAXParseException(SAXException):
    pass


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class SAXReaderNotAvailable(SAXNotSupportedException):
    pass


def make_parser(parser_list=[]):
    raise SAXReaderNotAvailable('No parsers found', None)
