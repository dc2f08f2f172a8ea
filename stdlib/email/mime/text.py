"""MIMEText: a text/* part."""

__all__ = ['MIMEText']

from email.mime.nonmultipart import MIMENonMultipart


class MIMEText(MIMENonMultipart):
    def __init__(self, _text, _subtype='plain', _charset='us-ascii'):
        MIMENonMultipart.__init__(self, 'text', _subtype, charset=_charset)
        # set_payload with a charset also sets Content-Transfer-Encoding.
        self.set_payload(_text, _charset)
