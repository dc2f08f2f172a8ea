"""MIMEAudio: an audio/* part, its subtype guessed from the data."""

__all__ = ['MIMEAudio']

import sndhdr
from cStringIO import StringIO
from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

# sndhdr's file kinds and the MIME subtypes they are sent as.
_sndhdr_MIMEmap = {'au': 'basic', 'wav': 'x-wav', 'aiff': 'x-aiff',
                   'aifc': 'x-aiff'}


def _whatsnd(data):
    head = data[:512]
    for test in sndhdr.tests:
        found = test(head, StringIO(head))
        if found is not None:
            return _sndhdr_MIMEmap.get(found[0])
    return None


class MIMEAudio(MIMENonMultipart):
    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64, **_params):
        if _subtype is None:
            _subtype = _whatsnd(_audiodata)
            if _subtype is None:
                raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
