"""MIMEMessage: a message/* part wrapping a whole message."""

__all__ = ['MIMEMessage']

from email import message
from email.mime.nonmultipart import MIMENonMultipart


class MIMEMessage(MIMENonMultipart):
    def __init__(self, _msg, _subtype='rfc822'):
        MIMENonMultipart.__init__(self, 'message', _subtype)
        if not isinstance(_msg, message.Message):
            raise TypeError('Argument is not an instance of Message')
        # Message.attach: our own attach refuses subparts.
        message.Message.attach(self, _msg)
        self.set_default_type('message/rfc822')
