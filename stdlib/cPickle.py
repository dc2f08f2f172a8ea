"""cPickle for minipy: the pickle module's code with the C module's habits
(memo indices from 1, no memo entries for fresh temporaries and one-byte
strings, "-0" for negative zero in protocol 0, UnpicklingError for bad
opcodes)."""

import pickle as _pickle
from pickle import HIGHEST_PROTOCOL, _StrFile, _StrSink

__version__ = "1.71"
format_version = "2.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class UnpickleableError(PicklingError):
    pass


class BadPickleGet(UnpicklingError):
    pass


class Pickler(_pickle.Pickler):
    _cmode = True
    _err = PicklingError


class Unpickler(_pickle.Unpickler):
    _cmode = True
    _uerr = UnpicklingError

    def _memo_get(self, key):
        try:
            self.append(self.memo[key])
        except KeyError:
            raise BadPickleGet(int(key) if key.isdigit() else key)

    def noload(self):
        return self.load()


def dump(obj, file, protocol=0):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=0):
    f = _StrSink()
    Pickler(f, protocol).dump(obj)
    return f.getvalue()


def load(file):
    return Unpickler(file).load()


def loads(data):
    if not isinstance(data, basestring):
        raise TypeError("loads() argument 1 must be string, not %s" % type(data).__name__)
    return Unpickler(_StrFile(data)).load()
