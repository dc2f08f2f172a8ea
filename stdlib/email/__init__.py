"""The email package: parsing, building and generating RFC 2822 / MIME
messages (Python 2.7's API).  The 2.4 module names (email.Utils,
email.MIMEText, ...) are lazy aliases of the new ones."""

__version__ = '4.0.3'

__all__ = ['base64MIME', 'Charset', 'Encoders', 'Errors', 'Generator',
           'Header', 'Iterators', 'Message', 'MIMEAudio', 'MIMEBase',
           'MIMEImage', 'MIMEMessage', 'MIMEMultipart', 'MIMENonMultipart',
           'MIMEText', 'Parser', 'quopriMIME', 'Utils',
           'message_from_string', 'message_from_file', 'base64mime',
           'charset', 'encoders', 'errors', 'generator', 'header',
           'iterators', 'message', 'mime', 'parser', 'quoprimime', 'utils']


def message_from_string(s, *args, **kws):
    """The message parsed from a string (arguments as Parser's)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_file(fp, *args, **kws):
    """The message parsed from an open file (arguments as Parser's)."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


import sys


class LazyImporter(object):
    """Stands for a module under an old name, importing the real one on
    first attribute access and taking on its namespace."""

    def __init__(self, module_name):
        self.__name__ = 'email.' + module_name

    def __getattr__(self, name):
        __import__(self.__name__)
        real = sys.modules[self.__name__]
        self.__dict__.update(real.__dict__)
        return getattr(real, name)


def _install_old_names():
    package = sys.modules[__name__]
    for old in ('Charset', 'Encoders', 'Errors', 'FeedParser', 'Generator',
                'Header', 'Iterators', 'Message', 'Parser', 'Utils',
                'base64MIME', 'quopriMIME'):
        alias = LazyImporter(old.lower())
        sys.modules['email.' + old] = alias
        setattr(package, old, alias)
    import email.mime
    for kind in ('Audio', 'Base', 'Image', 'Message', 'Multipart',
                 'NonMultipart', 'Text'):
        alias = LazyImporter('mime.' + kind.lower())
        sys.modules['email.MIME' + kind] = alias
        setattr(package, 'MIME' + kind, alias)
        setattr(email.mime, kind, alias)


_install_old_names()
