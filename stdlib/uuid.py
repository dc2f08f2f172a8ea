"""RFC 4122 UUIDs (Python 2.7's uuid module): the immutable UUID value and
uuid1 (time and node), uuid3 (MD5 of a name), uuid4 (random) and uuid5
(SHA-1 of a name). minipy has no ctypes: the hardware address comes from
ifconfig/ip/arp/netstat output when those tools exist, else it is random."""

import os
import sys

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class UUID(object):
    """A 128-bit universally unique identifier, built from exactly one of
    hex, bytes, bytes_le, fields or int; version stamps the variant and
    version bits."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('need one of hex, bytes, bytes_le, fields, or int')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = long(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] +
                     bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = long(bytes.encode('hex'), 16)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            for pos, (value, bits) in enumerate(zip(fields, _FIELD_BITS)):
                if not 0 <= value < 1L << bits:
                    raise ValueError('field %d out of range (need a %d-bit value)'
                                     % (pos + 1, bits))
            time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
            int = ((long(time_low) << 96) | (time_mid << 80) |
                   (time_hi_version << 64) | (seq_hi << 56) | (seq_low << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128L:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the RFC 4122 variant (10xx), then the version nibble
            int = (int & ~(0xc000 << 48L)) | (0x8000 << 48L)
            int = (int & ~(0xf000 << 64L)) | (long(version) << 76)
        self.__dict__['int'] = int

    def __cmp__(self, other):
        if isinstance(other, UUID):
            return cmp(self.int, other.int)
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return 'UUID(%r)' % str(self)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def get_bytes(self):
        return ('%032x' % self.int).decode('hex')

    bytes = property(get_bytes)

    def get_bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    bytes_le = property(get_bytes_le)

    def get_fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    fields = property(get_fields)

    def get_time_low(self):
        return self.int >> 96L

    time_low = property(get_time_low)

    def get_time_mid(self):
        return (self.int >> 80L) & 0xffff

    time_mid = property(get_time_mid)

    def get_time_hi_version(self):
        return (self.int >> 64L) & 0xffff

    time_hi_version = property(get_time_hi_version)

    def get_clock_seq_hi_variant(self):
        return (self.int >> 56L) & 0xff

    clock_seq_hi_variant = property(get_clock_seq_hi_variant)

    def get_clock_seq_low(self):
        return (self.int >> 48L) & 0xff

    clock_seq_low = property(get_clock_seq_low)

    def get_time(self):
        return (((self.time_hi_version & 0x0fff) << 48L) |
                (self.time_mid << 32L) | self.time_low)

    time = property(get_time)

    def get_clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8L) | self.clock_seq_low

    clock_seq = property(get_clock_seq)

    def get_node(self):
        return self.int & 0xffffffffffff

    node = property(get_node)

    def get_hex(self):
        return '%032x' % self.int

    hex = property(get_hex)

    def get_urn(self):
        return 'urn:uuid:' + str(self)

    urn = property(get_urn)

    def get_variant(self):
        if not self.int & (0x8000 << 48L):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48L):
            return RFC_4122
        if not self.int & (0x2000 << 48L):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    variant = property(get_variant)

    def get_version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76L) & 0xf)

    version = property(get_version)


# ---- the node (hardware address) ----

def _popen(command, args):
    """The output of a system tool (looked for on PATH and in the sbin
    folders) as a file, or None when the tool is missing."""
    path = os.environ.get('PATH', os.defpath).split(os.pathsep)
    path.extend(('/sbin', '/usr/sbin'))
    for folder in path:
        executable = os.path.join(folder, command)
        if (os.path.exists(executable) and os.access(executable, os.F_OK | os.X_OK)
                and not os.path.isdir(executable)):
            break
    else:
        return None
    cmd = 'LC_ALL=C %s %s 2>/dev/null' % (executable, args)
    popen = getattr(os, 'popen', None)
    if popen is not None:
        return popen(cmd)
    # no os.popen (minipy cannot fork): go through a temporary file
    import tempfile
    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        os.system('%s >%s' % (cmd, name))
        with open(name) as f:
            import StringIO
            return StringIO.StringIO(f.read())
    finally:
        os.unlink(name)


def _is_universal(mac):
    # the second-lowest bit of the first octet marks a locally administered one
    return not (mac & (1 << 41))


def _find_mac(command, args, hw_identifiers, get_index):
    """The first universally administered address in a tool's output (or
    the first local one if there is none): the word get_index(i) after a
    word found in hw_identifiers."""
    first_local = None
    try:
        pipe = _popen(command, args)
        if not pipe:
            return None
        try:
            for line in pipe:
                words = line.lower().rstrip().split()
                for i in range(len(words)):
                    if words[i] not in hw_identifiers:
                        continue
                    try:
                        word = words[get_index(i)]
                        mac = int(word.replace(':', ''), 16)
                    except (ValueError, IndexError):
                        continue
                    if _is_universal(mac):
                        return mac
                    first_local = first_local or mac
        finally:
            close = getattr(pipe, 'close', None)
            if close is not None:
                close()
    except IOError:
        pass
    return first_local or None


def _ifconfig_getnode():
    for args in ('', '-a', '-av'):
        mac = _find_mac('ifconfig', args, ['hwaddr', 'ether', 'address:', 'lladdr'],
                        lambda i: i + 1)
        if mac:
            return mac
    mac = _find_mac('ip', 'link list', ['link/ether'], lambda i: i + 1)
    if mac:
        return mac
    return None


def _arp_getnode():
    try:
        import socket
        ip_addr = socket.gethostbyname(socket.gethostname())
    except Exception:
        return None
    mac = _find_mac('arp', '-an', [ip_addr], lambda i: -1)
    if mac:
        return mac
    return _find_mac('arp', '-an', ['(%s)' % ip_addr], lambda i: i + 2)


def _lanscan_getnode():
    return _find_mac('lanscan', '-ai', ['lan0'], lambda i: 0)


def _netstat_getnode():
    # the Address column's index comes from the header line
    try:
        pipe = _popen('netstat', '-ia')
        if not pipe:
            return None
        lines = list(pipe)
    except IOError:
        return None
    if not lines:
        return None
    words = lines[0].rstrip().split()
    try:
        i = words.index('Address')
    except ValueError:
        return None
    first_local = None
    for line in lines[1:]:
        words = line.rstrip().split()
        try:
            word = words[i]
        except IndexError:
            continue
        if len(word) == 17 and word.count(':') == 5:
            mac = int(word.replace(':', ''), 16)
            if _is_universal(mac):
                return mac
            first_local = first_local or mac
    return first_local or None


def _ipconfig_getnode():
    return None


def _netbios_getnode():
    return None


def _unixdll_getnode():
    """The libuuid route needs ctypes, which minipy lacks."""
    return None


def _windll_getnode():
    return None


def _random_getnode():
    """A random 48-bit node with the multicast bit set, as RFC 4122 asks
    of addresses that are not a real card's."""
    import random
    return random.getrandbits(48) | (1L << 40)


_NODE_GETTERS_UNIX = [_unixdll_getnode, _ifconfig_getnode, _arp_getnode,
                      _lanscan_getnode, _netstat_getnode]
_NODE_GETTERS_WIN32 = [_windll_getnode, _netbios_getnode, _ipconfig_getnode]

_node = None


def getnode():
    """This machine's 48-bit hardware address (found once, then cached); a
    random one when no tool reports it."""
    global _node
    if _node is not None:
        return _node
    getters = _NODE_GETTERS_WIN32 if sys.platform == 'win32' else _NODE_GETTERS_UNIX
    for getter in getters + [_random_getnode]:
        try:
            node = getter()
        except Exception:
            continue
        if node is not None and 0 <= node < (1L << 48):
            _node = node
            return node
    raise AssertionError('no node getter gave a 48-bit value')


# used by uuid1 when two calls fall in one 100ns tick
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node."""
    global _last_timestamp
    import time
    nanoseconds = int(time.time() * 1e9)
    # 100ns intervals since the Gregorian reform, 1582-10-15
    timestamp = int(nanoseconds // 100) + 0x01b21dd213814000L
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffffL, (timestamp >> 32L) & 0xffffL,
                        (timestamp >> 48L) & 0x0fffL, (clock_seq >> 8L) & 0x3fL,
                        clock_seq & 0xffL, node), version=1)


def uuid3(namespace, name):
    from hashlib import md5
    digest = md5(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    try:
        data = os.urandom(16)
    except Exception:
        import random
        data = ''.join(chr(random.randrange(256)) for _ in range(16))
    return UUID(bytes=data, version=4)


def uuid5(namespace, name):
    from hashlib import sha1
    digest = sha1(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
