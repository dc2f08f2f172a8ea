"""MIMEBase: a message with Content-Type and MIME-Version set."""

__all__ = ['MIMEBase']

from email import message


class MIMEBase(message.Message):
    def __init__(self, _maintype, _subtype, **_params):
        message.Message.__init__(self)
        self.add_header('Content-Type', _maintype + '/' + _subtype, **_params)
        self['MIME-Version'] = '1.0'
