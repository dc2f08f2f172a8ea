"""More logging handlers, as Python 2.7's logging.handlers: rotating and
watched files, sockets (TCP and UDP, pickled records), and buffering in
memory.  (SysLogHandler, SMTPHandler, NTEventLogHandler and HTTPHandler
are not provided.)"""

import errno
import os
import socket
import struct
import time
import logging

try:
    import cPickle as pickle
except ImportError:
    import pickle

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that calls doRollover() when shouldRollover() says so."""

    def __init__(self, filename, mode, encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.mode = mode
        self.encoding = encoding

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file past maxBytes, keeping backupCount old ones (.1, .2, ...)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=0):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = "%s.%d" % (self.baseFilename, i)
                dfn = "%s.%d" % (self.baseFilename, i + 1)
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.baseFilename + ".1"
            if os.path.exists(dfn):
                os.remove(dfn)
            if os.path.exists(self.baseFilename):
                os.rename(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            if os.path.exists(self.baseFilename):
                size = os.path.getsize(self.baseFilename)
            else:
                size = 0
            if size + len(msg) >= self.maxBytes:
                return 1
        return 0


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval (S, M, H, D, midnight or W0-W6)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        units = {'S': (1, "%Y-%m-%d_%H-%M-%S"), 'M': (60, "%Y-%m-%d_%H-%M"),
                 'H': (3600, "%Y-%m-%d_%H"), 'D': (_MIDNIGHT, "%Y-%m-%d"),
                 'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d")}
        if self.when.startswith('W'):
            if len(self.when) != 2 or not '0' <= self.when[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.interval, self.suffix = 7 * _MIDNIGHT, "%Y-%m-%d"
        elif self.when in units:
            self.interval, self.suffix = units[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.interval = self.interval * interval
        if os.path.exists(filename):
            t = int(os.stat(filename).st_mtime)
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            left = _MIDNIGHT - ((t[3] * 60 + t[4]) * 60 + t[5])
            result = currentTime + left
            if self.when.startswith('W'):
                day = t[6]
                if day != self.dayOfWeek:
                    ahead = (self.dayOfWeek - day) % 7
                    result += ahead * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        return 1 if int(time.time()) >= self.rolloverAt else 0

    def getFilesToDelete(self):
        dirName, baseName = os.path.split(self.baseFilename)
        prefix = baseName + "."
        found = sorted(os.path.join(dirName, n) for n in os.listdir(dirName)
                       if n.startswith(prefix))
        if len(found) < self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        t = self.rolloverAt - self.interval
        tt = time.gmtime(t) if self.utc else time.localtime(t)
        dfn = self.baseFilename + "." + time.strftime(self.suffix, tt)
        if os.path.exists(dfn):
            os.remove(dfn)
        if os.path.exists(self.baseFilename):
            os.rename(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        now = int(time.time())
        new = self.computeRollover(now)
        while new <= now:
            new = new + self.interval
        self.rolloverAt = new


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or removed (e.g. by logrotate)."""

    def __init__(self, filename, mode='a', encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream and os.path.exists(self.baseFilename):
            st = os.stat(self.baseFilename)
            self.dev, self.ino = st.st_dev, st.st_ino

    def emit(self, record):
        try:
            st = os.stat(self.baseFilename)
            changed = (st.st_dev != self.dev) or (st.st_ino != self.ino)
        except OSError, err:
            if err.errno != errno.ENOENT:
                raise
            changed = True
        if changed and self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()
        logging.FileHandler.emit(self, record)


class SocketHandler(logging.Handler):
    """Sends each record, pickled and length-prefixed, over a TCP connection."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.sock = None
        self.closeOnError = 0
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if hasattr(s, 'settimeout'):
            s.settimeout(timeout)
        s.connect((self.host, self.port))
        return s

    def createSocket(self):
        now = time.time()
        attempt = self.retryTime is None or now >= self.retryTime
        if attempt:
            try:
                self.sock = self.makeSocket()
                self.retryTime = None
            except socket.error:
                if self.retryTime is None:
                    self.retryPeriod = self.retryStart
                else:
                    self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
                self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except socket.error:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        ei = record.exc_info
        if ei:
            self.format(record)      # fills record.exc_text
            record.exc_info = None
        d = dict(record.__dict__)
        d['msg'] = record.getMessage()
        d['args'] = None
        s = pickle.dumps(d, 1)
        if ei:
            record.exc_info = ei
        return struct.pack(">L", len(s)) + s

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)

    def close(self):
        self.acquire()
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            self.release()
        logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP: one datagram per record."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = 0

    def makeSocket(self):
        return socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, (self.host, self.port))


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flushes when shouldFlush() says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer = []
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when full or on a severe record."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer = []
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()
