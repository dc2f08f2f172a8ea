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

    def __init__(self, file=None, protocol=0):
        # Pickler(protocol) and Pickler() collect the output for getvalue().
        if file is None or isinstance(file, (int, long)):
            if file is not None:
                protocol = file
            self._sink = _StrSink()
            file = self._sink
        else:
            self._sink = None
        _pickle.Pickler.__init__(self, file, protocol)

    def dump(self, obj):
        _pickle.Pickler.dump(self, obj)
        return self

    def getvalue(self, clear=True):
        if self._sink is None:
            raise PicklingError("Attempt to getvalue() a non-list-based pickler")
        value = self._sink.getvalue()
        if clear:
            del self._sink.parts[:]
        return value


class _Stack(list):
    """cPickle's value stack: marks live apart, and an empty stack is an
    UnpicklingError rather than an IndexError."""

    def pop(self, *i):
        if not self:
            raise UnpicklingError("unpickling stack underflow")
        return list.pop(self, *i)

    def __setitem__(self, i, value):
        if isinstance(i, (int, long)) and i < 0 and -i > len(self):
            raise UnpicklingError("unpickling stack underflow")
        return list.__setitem__(self, i, value)

    def __getitem__(self, i):
        if isinstance(i, (int, long)) and i < 0 and -i > len(self):
            raise UnpicklingError("unpickling stack underflow")
        return list.__getitem__(self, i)


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

    def load(self):
        self._marks = []
        self.stack = _Stack()
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch.get(key)
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % key)
                f(self)
        except _pickle._Stop as stopinst:
            return stopinst.value

    def marker(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        return self._marks.pop()

    def _pop_mark(self):
        k = self.marker()
        items = list.__getitem__(self.stack, slice(k, None))
        del self.stack[k:]
        return items

    def load_mark(self):
        self._marks.append(len(self.stack))

    def load_pop_mark(self):
        k = self.marker()
        del self.stack[k:]

    def load_stop(self):
        raise _pickle._Stop(self.stack.pop())

    def load_pop(self):
        # The mark stack is apart: POP takes a mark when one is on top.
        if self._marks and self._marks[-1] == len(self.stack):
            self._marks.pop()
        else:
            self.stack.pop()

    def load_dict(self):
        items = self._pop_mark()
        d = {}
        for i in range(1, len(items), 2):   # an odd last item is dropped
            d[items[i - 1]] = items[i]
        self.append(d)

    def load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_obj(self):
        items = self._pop_mark()
        if not items:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(items[0], tuple(items[1:]))

    dispatch = dict(_pickle.Unpickler.dispatch)
    dispatch['o'] = load_obj
    dispatch['0'] = load_pop
    dispatch['d'] = load_dict
    dispatch['u'] = load_setitems
    dispatch['('] = load_mark
    dispatch['1'] = load_pop_mark
    dispatch['.'] = load_stop


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
