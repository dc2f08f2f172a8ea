"""What the audio-file modules (aifc, wave) share: a reader's getters and a
writer's parameter setters, which check and keep the same six values
(channels, sample width, frame rate, frame count, compression type and
name) in both formats. Each module's classes mix these in and name their
own Error class in `_error`."""

import __builtin__


def start(obj, f, mode):
    """Runs obj.initfp on f, a file object or a file name opened here with
    `mode`; a file opened here is kept in obj._i_opened_the_file for
    close(), or closed again at once when initfp fails."""
    obj._i_opened_the_file = None
    if isinstance(f, basestring):
        f = __builtin__.open(f, mode)
        obj._i_opened_the_file = f
    try:
        obj.initfp(f)
    except:
        if obj._i_opened_the_file:
            f.close()
        raise


def make_open(reader, writer, error):
    """The module-level open(f, mode) of a format: its reader for 'r' or
    'rb', its writer for 'w' or 'wb' (by default the mode of f)."""
    def open(f, mode=None):
        if mode is None:
            mode = getattr(f, 'mode', 'rb')
        if mode in ('r', 'rb'):
            return reader(f)
        if mode in ('w', 'wb'):
            return writer(f)
        raise error("mode must be 'r', 'rb', 'w', or 'wb'")
    return open


class Reader:
    """Getters over the values a reader's initfp found in the header."""

    def getfp(self):
        return self._file

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return (self.getnchannels(), self.getsampwidth(), self.getframerate(),
                self.getnframes(), self.getcomptype(), self.getcompname())


class Writer:
    """Setters and getters of a writer's parameters; none may change once
    frames are written (`_check_unstarted`, per format)."""

    _comptypes = ('NONE',)

    def _rate(self, framerate):
        # the value kept for a frame rate; wave rounds it to an integer
        return framerate

    def setnchannels(self, nchannels):
        self._check_unstarted()
        if nchannels < 1:
            raise self._error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise self._error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_unstarted()
        if sampwidth < 1 or sampwidth > 4:
            raise self._error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise self._error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_unstarted()
        if framerate <= 0:
            raise self._error('bad frame rate')
        self._framerate = self._rate(framerate)

    def getframerate(self):
        if not self._framerate:
            raise self._error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._check_unstarted()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._check_unstarted()
        if comptype not in self._comptypes:
            raise self._error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_unstarted()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise self._error('not all parameters set')
        return (self._nchannels, self._sampwidth, self._framerate,
                self._nframes, self._comptype, self._compname)

    def tell(self):
        return self._nframeswritten
