"""xml.sax (minipy's own): the SAX2 exceptions, make_parser/parse/
parseString over the expat driver, and the handler base classes."""


from xml.sax._exceptions import (SAXException, SAXParseException,
                                 SAXNotRecognizedException,
                                 SAXNotSupportedException,
                                 SAXReaderNotAvailable)
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax.xmlreader import InputSource

default_parser_list = ['xml.sax.expatreader']

import os as _os
import sys as _sys
if 'PY_SAX_PARSER' in _os.environ:
    default_parser_list = _os.environ['PY_SAX_PARSER'].split(',')
del _os


def make_parser(parser_list=[]):
    """A SAX reader from the first module of parser_list (then the default
    list) that provides one."""
    for name in list(parser_list) + default_parser_list:
        try:
            __import__(name)
            return _sys.modules[name].create_parser()
        except ImportError:
            if name in _sys.modules:
                continue
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable('No parsers found', None)


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    from cStringIO import StringIO
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    src = InputSource()
    src.setByteStream(StringIO(string))
    parser.parse(src)
