"""MIME helpers from before the email package: a Message that reads the
Content-Type parameters, unique boundaries, and transfer-encoding
coders."""

import os
import sys
import tempfile
from warnings import filterwarnings, catch_warnings

with catch_warnings():
    if sys.py3kwarning:
        filterwarnings("ignore", ".*rfc822 has been removed", DeprecationWarning)
    import rfc822

from warnings import warnpy3k
warnpy3k("in 3.x, mimetools has been removed in favor of the email package",
         stacklevel=2)

__all__ = ["Message", "choose_boundary", "encode", "decode", "copyliteral",
           "copybinary"]


class Message(rfc822.Message):
    """An rfc822.Message that also splits Content-Type into type and
    parameters."""

    def __init__(self, fp, seekable=1):
        rfc822.Message.__init__(self, fp, seekable)
        self.encodingheader = self.getheader('content-transfer-encoding')
        self.typeheader = self.getheader('content-type')
        self.parsetype()
        self.parseplist()

    def parsetype(self):
        text = self.typeheader
        if text is None:
            text = 'text/plain'
        text, semi, rest = text.partition(';')
        self.plisttext = semi + rest
        fields = [f.strip().lower() for f in text.split('/')]
        self.type = '/'.join(fields)
        self.maintype = fields[0]
        self.subtype = '/'.join(fields[1:])

    def parseplist(self):
        self.plist = []
        for item in self.plisttext.split(';')[1:]:
            if '=' in item:
                name, value = item.split('=', 1)
                item = name.strip().lower() + '=' + value.strip()
            self.plist.append(item.strip())

    def getplist(self):
        return self.plist

    def getparam(self, name):
        prefix = name.lower() + '='
        for item in self.plist:
            if item.startswith(prefix):
                return rfc822.unquote(item[len(prefix):])
        return None

    def getparamnames(self):
        return [item[:item.find('=')].lower() for item in self.plist
                if '=' in item]

    def getencoding(self):
        if self.encodingheader is None:
            return '7bit'
        return self.encodingheader.lower()

    def gettype(self):
        return self.type

    def getmaintype(self):
        return self.maintype

    def getsubtype(self):
        return self.subtype


try:
    import thread
except ImportError:
    import dummy_thread as thread
_counter_lock = thread.allocate_lock()
del thread

_counter = 0


def _get_next_counter():
    global _counter
    with _counter_lock:
        _counter += 1
        return _counter


_prefix = None


def choose_boundary():
    """A boundary unique to this host, user, process, moment and call:
    'hostipaddr.uid.pid.timestamp.counter'."""
    global _prefix
    import time
    if _prefix is None:
        try:
            import socket
            try:
                host = socket.gethostbyname(socket.gethostname())
            except socket.gaierror:
                host = '127.0.0.1'
        except ImportError:
            host = '127.0.0.1'
        try:
            uid = repr(os.getuid())
        except AttributeError:
            uid = '1'
        try:
            pid = repr(os.getpid())
        except AttributeError:
            pid = '1'
        _prefix = '%s.%s.%s' % (host, uid, pid)
    return "%s.%.3f.%d" % (_prefix, time.time(), _get_next_counter())


_UU_NAMES = ('uuencode', 'x-uuencode', 'uue', 'x-uue')


def decode(input, output, encoding):
    """Decodes input (a file) into output per a Content-Transfer-Encoding."""
    if encoding == 'base64':
        import base64
        return base64.decode(input, output)
    if encoding == 'quoted-printable':
        import quopri
        return quopri.decode(input, output)
    if encoding in _UU_NAMES:
        import uu
        return uu.decode(input, output)
    if encoding in ('7bit', '8bit'):
        return output.write(input.read())
    if encoding in decodetab:
        pipethrough(input, decodetab[encoding], output)
    else:
        raise ValueError('unknown Content-Transfer-Encoding: %s' % encoding)


def encode(input, output, encoding):
    """Encodes input (a file) into output per a Content-Transfer-Encoding."""
    if encoding == 'base64':
        import base64
        return base64.encode(input, output)
    if encoding == 'quoted-printable':
        import quopri
        return quopri.encode(input, output, 0)
    if encoding in _UU_NAMES:
        import uu
        return uu.encode(input, output)
    if encoding in ('7bit', '8bit'):
        return output.write(input.read())
    if encoding in encodetab:
        pipethrough(input, encodetab[encoding], output)
    else:
        raise ValueError('unknown Content-Transfer-Encoding: %s' % encoding)


# External programs for other encodings (shell commands).
uudecode_pipe = '''(
TEMP=/tmp/@uu.$$
sed "s%^begin [0-7][0-7]* .*%begin 600 $TEMP%" | uudecode
cat $TEMP
rm $TEMP
)'''

decodetab = {'quoted-printable': 'mmencode -u -q',
             'base64': 'mmencode -u -b'}
encodetab = {'quoted-printable': 'mmencode -q',
             'base64': 'mmencode -b'}
for _name in _UU_NAMES:
    decodetab[_name] = uudecode_pipe
    encodetab[_name] = 'uuencode tempfile'
del _name


def pipeto(input, command):
    pipe = os.popen(command, 'w')
    copyliteral(input, pipe)
    pipe.close()


def pipethrough(input, command, output):
    fd, tempname = tempfile.mkstemp()
    temp = os.fdopen(fd, 'w')
    copyliteral(input, temp)
    temp.close()
    pipe = os.popen(command + ' <' + tempname, 'r')
    copybinary(pipe, output)
    pipe.close()
    os.unlink(tempname)


def copyliteral(input, output):
    for line in iter(input.readline, ''):
        output.write(line)


def copybinary(input, output):
    for block in iter(lambda: input.read(8192), ''):
        output.write(block)
