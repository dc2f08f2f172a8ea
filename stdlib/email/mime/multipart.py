"""MIMEMultipart: a multipart/* container."""

__all__ = ['MIMEMultipart']

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    def __init__(self, _subtype='mixed', boundary=None, _subparts=None,
                 **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, **_params)
        # A list from the start, so that is_multipart() holds even empty.
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)
