"""The read-only mailbox classes of Python 2.4 and earlier (`UnixMailbox`,
`PortableUnixMailbox`, `MmdfMailbox`, `MHMailbox`, `BabylMailbox`), kept
by 2.7's `mailbox` for old code."""

import os
import rfc822

from mailbox import _PartialFile



class _Mailbox:

    def __init__(self, fp, factory=rfc822.Message):
        self.fp = fp
        self.seekp = 0
        self.factory = factory

    def __iter__(self):
        return iter(self.next, None)

    def next(self):
        while True:
            self.fp.seek(self.seekp)
            try:
                self._search_start()
            except EOFError:
                self.seekp = self.fp.tell()
                return None
            start = self.fp.tell()
            self._search_end()
            self.seekp = stop = self.fp.tell()
            if start != stop:
                break
        return self.factory(_PartialFile(self.fp, start, stop))


class UnixMailbox(_Mailbox):
    """Messages after strict 'From ' lines (with a date)."""

    def _search_start(self):
        while True:
            pos = self.fp.tell()
            line = self.fp.readline()
            if not line:
                raise EOFError
            if line[:5] == 'From ' and self._isrealfromline(line):
                self.fp.seek(pos)
                return

    def _search_end(self):
        self.fp.readline()
        while True:
            pos = self.fp.tell()
            line = self.fp.readline()
            if not line:
                return
            if line[:5] == 'From ' and self._isrealfromline(line):
                self.fp.seek(pos)
                return

    _fromlinepattern = (r"From \s*[^\s]+\s+\w\w\w\s+\w\w\w\s+\d?\d\s+"
                        r"\d?\d:\d\d(:\d\d)?(\s+[^\s]+)?\s+\d\d\d\d\s*"
                        r"[^\s]*\s*"
                        "$")
    _regexp = None

    def _strict_isrealfromline(self, line):
        if not self._regexp:
            import re
            self._regexp = re.compile(self._fromlinepattern)
        return self._regexp.match(line)

    def _portable_isrealfromline(self, line):
        return True

    _isrealfromline = _strict_isrealfromline


class PortableUnixMailbox(UnixMailbox):
    """Messages after any line starting 'From '."""

    _isrealfromline = UnixMailbox._portable_isrealfromline


class MmdfMailbox(_Mailbox):

    def _search_start(self):
        while True:
            line = self.fp.readline()
            if not line:
                raise EOFError
            if line[:5] == _MMDF_SEP + '\n':
                return

    def _search_end(self):
        while True:
            pos = self.fp.tell()
            line = self.fp.readline()
            if not line:
                return
            if line == _MMDF_SEP + '\n':
                self.fp.seek(pos)
                return


class MHMailbox:

    def __init__(self, dirname, factory=rfc822.Message):
        self.dirname = dirname
        numbers = sorted(long(n) for n in os.listdir(self.dirname)
                         if n.isdigit() and not n.startswith('0'))
        self.boxes = [str(n) for n in reversed(numbers)]
        self.factory = factory

    def __iter__(self):
        return iter(self.next, None)

    def next(self):
        if not self.boxes:
            return None
        fn = self.boxes.pop()
        fp = open(os.path.join(self.dirname, fn))
        msg = self.factory(fp)
        try:
            msg._mh_msgkey = fn
        except (AttributeError, TypeError):
            pass
        return msg


class BabylMailbox(_Mailbox):

    def _search_start(self):
        while True:
            line = self.fp.readline()
            if not line:
                raise EOFError
            if line == _EOOH + '\n':
                return

    def _search_end(self):
        while True:
            pos = self.fp.tell()
            line = self.fp.readline()
            if not line:
                return
            if line == '\037\014\n' or line == '\037':
                self.fp.seek(pos)
                return
