"""cgi (minipy's own): CGI request parsing -- query strings, form posts
(urlencoded and multipart/form-data via FieldStorage), header parameters --
and HTML escaping.

Multipart part headers are read with mimetools/rfc822 when those modules
exist, otherwise with a small private reader (_PartHeaders)."""

import os
import re
import sys
import urlparse
import UserDict
from operator import attrgetter
from warnings import warn
try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ['MiniFieldStorage', 'FieldStorage', 'FormContentDict',
           'SvFormContentDict', 'InterpFormContentDict', 'FormContent',
           'parse', 'parse_qs', 'parse_qsl', 'parse_multipart',
           'parse_header', 'print_exception', 'print_environ',
           'print_form', 'print_directory', 'print_arguments',
           'print_environ_usage', 'escape']

# -- logging (off unless logfile is set before the first log() call) -------

logfile = ''
logfp = None


def initlog(*allargs):
    """Opens the log on first use, then logs; afterwards log is dolog or
    nolog depending on whether a log file could be opened."""
    global logfp, log
    if logfile and not logfp:
        try:
            logfp = open(logfile, 'a')
        except IOError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    logfp.write(fmt % args + '\n')


def nolog(*allargs):
    pass


log = initlog

maxlen = 0   # largest POST body accepted (0: no limit)


# -- query strings and headers ---------------------------------------------

def parse(fp=None, environ=os.environ, keep_blank_values=0,
          strict_parsing=0):
    """The request's fields as a dict of lists, from the query string or a
    POSTed body."""
    if fp is None:
        fp = sys.stdin
    if 'REQUEST_METHOD' not in environ:
        environ['REQUEST_METHOD'] = 'GET'
    extra = sys.argv[1] if sys.argv[1:] else None
    if environ['REQUEST_METHOD'] == 'POST':
        ctype, pdict = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict)
        qs = ''
        if ctype == 'application/x-www-form-urlencoded':
            n = int(environ['CONTENT_LENGTH'])
            if maxlen and n > maxlen:
                raise ValueError('Maximum content length exceeded')
            qs = fp.read(n)
        more = environ.get('QUERY_STRING', extra)
        if more is not None:
            qs = qs + '&' + more if qs else more
        environ['QUERY_STRING'] = qs
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = extra or ''
        environ['QUERY_STRING'] = qs
    return urlparse.parse_qs(qs, keep_blank_values, strict_parsing)


def parse_qs(qs, keep_blank_values=0, strict_parsing=0):
    warn('cgi.parse_qs is deprecated, use urlparse.parse_qs instead',
         PendingDeprecationWarning, 2)
    return urlparse.parse_qs(qs, keep_blank_values, strict_parsing)


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0, max_num_fields=None):
    warn('cgi.parse_qsl is deprecated, use urlparse.parse_qsl instead',
         PendingDeprecationWarning, 2)
    return urlparse.parse_qsl(qs, keep_blank_values, strict_parsing,
                              max_num_fields)


def _params(s):
    """Splits ';a=1; b="x;y"' into its parameters, keeping ';' inside
    quoted strings."""
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) -
                           s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        yield s[:end].strip()
        s = s[end:]


_parseparam = _params


def parse_header(line):
    """'text/html; charset="x"' -> ('text/html', {'charset': 'x'})."""
    parts = _params(';' + line)
    key = parts.next()
    pdict = {}
    for p in parts:
        eq = p.find('=')
        if eq < 0:
            continue
        name = p[:eq].strip().lower()
        value = p[eq + 1:].strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        pdict[name] = value
    return key, pdict


def valid_boundary(s, _vb_pattern='^[ -~]{0,200}[!-~]$'):
    return re.match(_vb_pattern, s)


def escape(s, quote=None):
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
    return s


class _PartHeaders(object):
    """The header block of a MIME part, read up to its blank line, with
    case-insensitive lookup (the subset of rfc822.Message cgi needs)."""

    def __init__(self, fp, seekable=0):
        self.dict = {}
        self.headers = []
        last = None
        while True:
            line = fp.readline()
            if not line or line in ('\n', '\r\n'):
                break
            self.headers.append(line)
            if line[:1] in ' \t' and last is not None:
                self.dict[last] += ' ' + line.strip()
                continue
            colon = line.find(':')
            if colon > 0:
                last = line[:colon].strip().lower()
                self.dict[last] = line[colon + 1:].strip()

    def getheader(self, name, default=None):
        return self.dict.get(name.lower(), default)

    get = getheader

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __contains__(self, name):
        return name.lower() in self.dict

    has_key = __contains__

    def keys(self):
        return self.dict.keys()

    def __len__(self):
        return len(self.dict)


def _read_headers(fp):
    try:
        import rfc822
        return rfc822.Message(fp)
    except ImportError:
        return _PartHeaders(fp)


def parse_multipart(fp, pdict):
    """A multipart/form-data body as a dict of lists of values (no nested
    parts; FieldStorage handles those)."""
    boundary = pdict.get('boundary', '')
    if not valid_boundary(boundary):
        raise ValueError('Invalid boundary in multipart form: %r'
                         % (boundary,))
    sep = '--' + boundary
    end = sep + '--'
    fields = {}
    terminator = ''
    while terminator != end:
        length = -1
        data = None
        if terminator:
            headers = _read_headers(fp)
            clen = headers.getheader('content-length')
            if clen:
                try:
                    length = int(clen)
                except ValueError:
                    pass
            if length > 0:
                if maxlen and length > maxlen:
                    raise ValueError('Maximum content length exceeded')
                data = fp.read(length)
            else:
                data = ''
        lines = []
        while True:
            line = fp.readline()
            if not line:
                terminator = end
                break
            if line[:2] == '--':
                terminator = line.strip()
                if terminator in (sep, end):
                    break
            lines.append(line)
        if data is None:
            continue
        if length < 0 and lines:
            last = lines[-1]
            if last.endswith('\r\n'):
                last = last[:-2]
            elif last.endswith('\n'):
                last = last[:-1]
            lines[-1] = last
            data = ''.join(lines)
        disp = headers['content-disposition']
        if not disp:
            continue
        key, params = parse_header(disp)
        if key != 'form-data' or 'name' not in params:
            continue
        fields.setdefault(params['name'], []).append(data)
    return fields


# -- field storage -----------------------------------------------------------

class MiniFieldStorage:
    """One name=value field of an urlencoded form."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return 'MiniFieldStorage(%r, %r)' % (self.name, self.value)


class FieldStorage:
    """A form submission (or one part of a multipart one): accessible like
    a dict of fields; parts have name, filename, value, file, type,
    type_options, disposition, disposition_options and headers."""

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary='',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 max_num_fields=None):
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        method = environ.get('REQUEST_METHOD', 'GET').upper()
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            elif sys.argv[1:]:
                qs = sys.argv[1]
            else:
                qs = ''
            fp = StringIO(qs)
            if headers is None:
                headers = {'content-type':
                           'application/x-www-form-urlencoded'}
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = 'application/x-www-form-urlencoded'
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        self.fp = fp or sys.stdin
        self.headers = headers
        self.outerboundary = outerboundary

        disp, dopts = '', {}
        if 'content-disposition' in headers:
            disp, dopts = parse_header(headers['content-disposition'])
        self.disposition = disp
        self.disposition_options = dopts
        self.name = dopts.get('name')
        self.filename = dopts.get('filename')

        if 'content-type' in headers:
            ctype, topts = parse_header(headers['content-type'])
        elif outerboundary or method != 'POST':
            ctype, topts = 'text/plain', {}
        else:
            ctype, topts = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = topts
        self.innerboundary = topts.get('boundary', '')

        length = -1
        if 'content-length' in headers:
            try:
                length = int(headers['content-length'])
            except ValueError:
                pass
            if maxlen and length > maxlen:
                raise ValueError('Maximum content length exceeded')
        self.length = length
        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __repr__(self):
        return 'FieldStorage(%r, %r, %r)' % (self.name, self.filename,
                                             self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            value = self.file.read()
            self.file.seek(0)
            return value
        return self.list

    def _need_list(self):
        if self.list is None:
            raise TypeError('not indexable')

    def __getitem__(self, key):
        self._need_list()
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        if key not in self:
            return default
        v = self[key]
        if isinstance(v, list):
            return map(attrgetter('value'), v)
        return v.value

    def getfirst(self, key, default=None):
        if key not in self:
            return default
        v = self[key]
        if isinstance(v, list):
            return v[0].value
        return v.value

    def getlist(self, key):
        if key not in self:
            return []
        v = self[key]
        if isinstance(v, list):
            return map(attrgetter('value'), v)
        return [v.value]

    def keys(self):
        self._need_list()
        return list(set(item.name for item in self.list))

    def has_key(self, key):
        self._need_list()
        return any(item.name == key for item in self.list)

    __contains__ = has_key

    def __len__(self):
        return len(self.keys())

    def __nonzero__(self):
        return bool(self.list)

    def read_urlencoded(self):
        qs = self.fp.read(self.length)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        pairs = urlparse.parse_qsl(qs, self.keep_blank_values,
                                   self.strict_parsing, self.max_num_fields)
        self.list = [MiniFieldStorage(k, v) for k, v in pairs]
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        ib = self.innerboundary
        if not valid_boundary(ib):
            raise ValueError('Invalid boundary in multipart form: %r' % (ib,))
        self.list = []
        if self.qs_on_post:
            pairs = urlparse.parse_qsl(self.qs_on_post,
                                       self.keep_blank_values,
                                       self.strict_parsing,
                                       self.max_num_fields)
            self.list.extend(MiniFieldStorage(k, v) for k, v in pairs)
        budget = self.max_num_fields
        if budget is not None:
            budget -= len(self.list)
        klass = self.FieldStorageClass or self.__class__
        # the first "part" only skips the preamble up to the first boundary
        part = klass(self.fp, {}, ib, environ, keep_blank_values,
                     strict_parsing, budget)
        while not part.done:
            headers = _read_headers(self.fp)
            part = klass(self.fp, headers, ib, environ, keep_blank_values,
                         strict_parsing, budget)
            if budget is not None:
                budget -= 1
                if part.list:
                    budget -= len(part.list)
                if budget < 0:
                    raise ValueError('Max number of fields exceeded')
            self.list.append(part)
        self.skip_lines()

    def read_single(self):
        if self.length >= 0:
            self.read_binary()
            self.skip_lines()
        else:
            self.read_lines()
        self.file.seek(0)

    def read_binary(self):
        self.file = self.make_file('b')
        todo = self.length
        while todo > 0:
            data = self.fp.read(min(todo, self.bufsize))
            if not data:
                self.done = -1
                break
            self.file.write(data)
            todo -= len(data)

    def read_lines(self):
        self.file = self._small = StringIO()
        if self.outerboundary:
            self.read_lines_to_outerboundary()
        else:
            self.read_lines_to_eof()

    def _write(self, line):
        # small values stay in memory; past 1000 bytes they move to a file
        if self._small is not None and \
                self._small.tell() + len(line) > 1000:
            self.file = self.make_file('')
            self.file.write(self._small.getvalue())
            self._small = None
        self.file.write(line)

    def read_lines_to_eof(self):
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                break
            self._write(line)

    def read_lines_to_outerboundary(self):
        sep = '--' + self.outerboundary
        end = sep + '--'
        held = ''           # the line end before a possible boundary
        at_line_start = True
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                break
            if held == '\r':
                line = held + line
                held = ''
            if line[:2] == '--' and at_line_start:
                mark = line.strip()
                if mark == sep:
                    break
                if mark == end:
                    self.done = 1
                    break
            before = held
            if line.endswith('\r\n'):
                held, line, at_line_start = '\r\n', line[:-2], True
            elif line.endswith('\n'):
                held, line, at_line_start = '\n', line[:-1], True
            elif line.endswith('\r'):
                held, line, at_line_start = '\r', line[:-1], False
            else:
                held, at_line_start = '', False
            self._write(before + line)

    def skip_lines(self):
        if not self.outerboundary or self.done:
            return
        sep = '--' + self.outerboundary
        end = sep + '--'
        at_line_start = True
        while True:
            line = self.fp.readline(1 << 16)
            if not line:
                self.done = -1
                break
            if line[:2] == '--' and at_line_start:
                mark = line.strip()
                if mark == sep:
                    break
                if mark == end:
                    self.done = 1
                    break
            at_line_start = line.endswith('\n')

    def make_file(self, binary=None):
        import tempfile
        return tempfile.TemporaryFile('w+b')


# -- the old dictionary interfaces ------------------------------------------

class FormContentDict(UserDict.UserDict):
    """The form as a dict of lists of values (query_string holds the
    raw query)."""

    def __init__(self, environ=os.environ, keep_blank_values=0,
                 strict_parsing=0):
        self.dict = self.data = parse(environ=environ,
                                      keep_blank_values=keep_blank_values,
                                      strict_parsing=strict_parsing)
        self.query_string = environ['QUERY_STRING']


class SvFormContentDict(FormContentDict):
    """Each field's single value (IndexError if it has several)."""

    def __getitem__(self, key):
        values = self.dict[key]
        if len(values) > 1:
            raise IndexError('expecting a single value')
        return values[0]

    def getlist(self, key):
        return self.dict[key]

    def values(self):
        out = []
        for vs in self.dict.values():
            out.append(vs[0] if len(vs) == 1 else vs)
        return out

    def items(self):
        out = []
        for k, vs in self.dict.items():
            out.append((k, vs[0] if len(vs) == 1 else vs))
        return out


def _interp(v):
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return v.strip()


class InterpFormContentDict(SvFormContentDict):
    """Like SvFormContentDict, with numbers converted."""

    def __getitem__(self, key):
        return _interp(SvFormContentDict.__getitem__(self, key))

    def values(self):
        out = []
        for key in self.keys():
            try:
                out.append(self[key])
            except IndexError:
                out.append(self.dict[key])
        return out

    def items(self):
        out = []
        for key in self.keys():
            try:
                out.append((key, self[key]))
            except IndexError:
                out.append((key, self.dict[key]))
        return out


class FormContent(FormContentDict):
    """The oldest interface, kept for old scripts."""

    def values(self, key):
        return self.dict[key] if key in self.dict else None

    def indexed_value(self, key, location):
        if key in self.dict:
            if len(self.dict[key]) > location:
                return self.dict[key][location]
        return None

    def value(self, key):
        return self.dict[key][0] if key in self.dict else None

    def length(self, key):
        return len(self.dict[key])

    def stripped(self, key):
        return self.dict[key][0].strip() if key in self.dict else None

    def pars(self):
        return self.dict


# -- debugging output ---------------------------------------------------------

def print_exception(type=None, value=None, tb=None, limit=None):
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    print
    print '<H3>Traceback (most recent call last):</H3>'
    lines = traceback.format_tb(tb, limit) + \
        traceback.format_exception_only(type, value)
    print '<PRE>%s<B>%s</B></PRE>' % (escape(''.join(lines[:-1])),
                                      escape(lines[-1]))
    del tb


def print_environ(environ=os.environ):
    print
    print '<H3>Shell Environment:</H3>'
    print '<DL>'
    for key in sorted(environ.keys()):
        print '<DT>', escape(key), '<DD>', escape(environ[key])
    print '</DL>'
    print


def print_form(form):
    print
    print '<H3>Form Contents:</H3>'
    if not form:
        print '<P>No form fields.'
    print '<DL>'
    for key in sorted(form.keys()):
        print '<DT>' + escape(key) + ':',
        value = form[key]
        print '<i>' + escape(repr(type(value))) + '</i>'
        print '<DD>' + escape(repr(value))
    print '</DL>'
    print


def print_directory():
    print
    print '<H3>Current Working Directory:</H3>'
    try:
        pwd = os.getcwd()
    except os.error as msg:
        print 'os.error:', escape(str(msg))
    else:
        print escape(pwd)
    print


def print_arguments():
    print
    print '<H3>Command Line Arguments:</H3>'
    print
    print sys.argv
    print


def print_environ_usage():
    print '<H3>These environment variables could have been set:</H3>'
    print '<UL>'
    for name in ('AUTH_TYPE', 'CONTENT_LENGTH', 'CONTENT_TYPE',
                 'DATE_GMT', 'DATE_LOCAL', 'DOCUMENT_NAME', 'DOCUMENT_ROOT',
                 'DOCUMENT_URI', 'GATEWAY_INTERFACE', 'LAST_MODIFIED',
                 'PATH', 'PATH_INFO', 'PATH_TRANSLATED', 'QUERY_STRING',
                 'REMOTE_ADDR', 'REMOTE_HOST', 'REMOTE_IDENT',
                 'REMOTE_USER', 'REQUEST_METHOD', 'SCRIPT_NAME',
                 'SERVER_NAME', 'SERVER_PORT', 'SERVER_PROTOCOL',
                 'SERVER_ROOT', 'SERVER_SOFTWARE'):
        print '<LI>' + name
    print '</UL>'


def test(environ=os.environ):
    print 'Content-type: text/html'
    print
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()
    except:
        print_exception()


if __name__ == '__main__':
    test()
