"""Helpers for email: addresses, dates, quoting, RFC 2231 parameters."""

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'formataddr', 'formatdate', 'getaddresses',
           'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'unquote']

import os
import re
import time
import base64
import random

from email._parseaddr import quote
from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz
from email._parseaddr import parsedate as _parsedate
from email._parseaddr import parsedate_tz as _parsedate_tz
from quopri import decodestring as _qdecode
from email.encoders import _bencode, _qencode

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = u''
CRLF = '\r\n'
TICK = "'"

# A display name holding one of these must be quoted; these get escaped.
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[][\\()"]')

ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qb])\?'
                  r'(?P<atom>.*?)\?=', re.IGNORECASE)


def _identity(s):
    return s


def _bdecode(s):
    if not s:
        return s
    return base64.decodestring(s)


def fix_eols(s):
    """Every line end (bare LF or bare CR) made CRLF."""
    s = re.sub(r'(?<!\r)\n', CRLF, s)
    return re.sub(r'\r(?!\n)', CRLF, s)


def formataddr(pair):
    """'Name <addr>' from (name, addr), quoting the name when needed."""
    name, address = pair
    if not name:
        return address
    quotes = '"' if specialsre.search(name) else ''
    name = escapesre.sub(r'\\\g<0>', name)
    return '%s%s%s <%s>' % (quotes, name, quotes, address)


def getaddresses(fieldvalues):
    """Every (name, address) of a list of header values."""
    return _AddressList(COMMASPACE.join(fieldvalues)).addresslist


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec']


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date, e.g. 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        when = time.localtime(timeval)
        if time.daylight and when[-1]:
            offset = time.altzone
        else:
            offset = time.timezone
        hours, minutes = divmod(abs(offset), 3600)
        zone = '%s%02d%02d' % ('-' if offset > 0 else '+', hours,
                               minutes // 60)
    else:
        when = time.gmtime(timeval)
        zone = 'GMT' if usegmt else '-0000'
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[when[6]], when[2], _MONTHS[when[1] - 1], when[0], when[3],
        when[4], when[5], zone)


def _host_name():
    try:
        import socket
    except ImportError:
        socket = None
    if socket is not None:
        return socket.getfqdn()
    try:
        return os.uname()[1] or 'localhost'
    except (AttributeError, OSError):
        return 'localhost'


try:
    import thread as _thread
    _msgid_lock = _thread.allocate_lock()
except ImportError:
    _msgid_lock = None


def _random_bits():
    # random's generator is written in Python here, so two threads could
    # draw the same number: draw under a lock.
    if _msgid_lock is None:
        return random.getrandbits(64)
    with _msgid_lock:
        return random.getrandbits(64)


def make_msgid(idstring=None):
    """A unique Message-ID: <time.pid.random[.idstring]@host>."""
    stamp = int(time.time() * 100)
    extra = '' if idstring is None else '.' + idstring
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), _random_bits(),
                                extra, _host_name())


def parsedate(data):
    if not data:
        return None
    return _parsedate(data)


def parsedate_tz(data):
    if not data:
        return None
    return _parsedate_tz(data)


def parseaddr(addr):
    """(name, address) of the first address in addr, or ('', '')."""
    found = _AddressList(addr).addresslist
    if not found:
        return '', ''
    return found[0]


def unquote(str):
    """str without its surrounding double quotes or angle brackets."""
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                  '0123456789_.-')


def _percent_quote(s):
    return ''.join([c if c in _SAFE else '%%%02X' % ord(c) for c in s])


_hexpair = re.compile('%([0-9a-fA-F]{2})')


def _percent_unquote(s):
    return _hexpair.sub(lambda m: chr(int(m.group(1), 16)), s)


def decode_rfc2231(s):
    """[charset, language, value] of an RFC 2231 value; (None, None, s)
    when it has no charset part."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded, prefixed with charset'language' when given."""
    s = _percent_quote(s)
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$')


def decode_params(params):
    """Joins RFC 2231 continuations (name*0, name*1*, ...) and decodes
    extended values into (charset, language, value) triples.  The first
    pair (the header's main value) is kept as it is."""
    params = list(params)
    result = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        mo = rfc2231_continuation.match(name)
        if mo is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        base, num = mo.group('name', 'num')
        if num is not None:
            num = int(num)
        if base not in pieces:
            pieces[base] = []
            order.append(base)
        pieces[base].append((num, value, encoded))
    for base in order:
        extended = False
        text = []
        for num, value, encoded in sorted(pieces[base]):
            if encoded:
                value = _percent_unquote(value)
                extended = True
            text.append(value)
        value = quote(EMPTYSTRING.join(text))
        if extended:
            charset, language, value = decode_rfc2231(value)
            result.append((base, (charset, language, '"%s"' % value)))
        else:
            result.append((base, '"%s"' % value))
    return result


def collapse_rfc2231_value(value, errors='replace',
                           fallback_charset='us-ascii'):
    """A plain string for a parameter value: decoded to unicode when it
    is an RFC 2231 triple."""
    if not isinstance(value, tuple):
        return unquote(value)
    raw = unquote(value[2])
    charset = value[0] or 'us-ascii'
    try:
        return unicode(raw, charset, errors)
    except LookupError:
        return unicode(raw, fallback_charset, errors)
