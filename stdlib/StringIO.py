"""Python 2.7's StringIO: an in-memory file, written in Python."""


class StringIO(object):
    def __init__(self, buf=''):
        self.buf = str(buf)
        self.pos = 0
        self.closed = False
        self.softspace = 0

    def __iter__(self):
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def isatty(self):
        return False

    def seek(self, pos, mode=0):
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += len(self.buf)
        self.pos = max(0, pos)

    def tell(self):
        return self.pos

    def read(self, n=-1):
        if n is None or n < 0:
            r = self.buf[self.pos:]
        else:
            r = self.buf[self.pos:self.pos + n]
        self.pos += len(r)
        return r

    def readline(self, length=None):
        i = self.buf.find('\n', self.pos)
        if i < 0:
            end = len(self.buf)
        else:
            end = i + 1
        if length is not None and length >= 0 and self.pos + length < end:
            end = self.pos + length
        r = self.buf[self.pos:end]
        self.pos = end
        return r

    def readlines(self, sizehint=0):
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
        return lines

    def truncate(self, size=None):
        if size is None:
            size = self.pos
        self.buf = self.buf[:size]
        self.pos = min(self.pos, size)

    def write(self, s):
        s = str(s)
        if self.pos == len(self.buf):
            self.buf += s
        else:
            self.buf = self.buf[:self.pos] + s + self.buf[self.pos + len(s):]
        self.pos += len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def getvalue(self):
        return self.buf
