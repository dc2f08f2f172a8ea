"""CSV parsing and writing (the _csv accelerator of Python 2.7), written in
Python: dialect checking, the reader's state machine and the writer's
quoting rules, with the C module's messages."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass

_dialects = {}
_field_limit = [128 * 1024]

_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, given):
    """A dialect's one-character setting ('' or None stand for unset)."""
    if not given:
        return default
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) > 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    return value or None


class Dialect(object):
    """A checked, read-only set of formatting parameters (_csv.Dialect)."""

    __slots__ = ('_d', '_q', '_e', '_lt', '_qu', '_dq', '_sk', '_st')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, basestring):
            dialect = get_dialect(dialect)
        if (type(dialect) is Dialect and not kwargs):
            return dialect
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        self = object.__new__(cls)
        g = values.__contains__
        d = _char('delimiter', values.get('delimiter'), ',', g('delimiter'))
        dq = bool(values['doublequote']) if g('doublequote') else True
        esc = _char('escapechar', values.get('escapechar'), None, g('escapechar'))
        if g('lineterminator'):
            lt = values['lineterminator']
            if lt is not None and not isinstance(lt, str):
                raise TypeError('"lineterminator" must be a string')
        else:
            lt = '\r\n'
        q = _char('quotechar', values.get('quotechar'), '"', g('quotechar'))
        if g('quoting'):
            quoting = values['quoting']
            if not isinstance(quoting, (int, long)):
                raise TypeError('"quoting" must be an integer')
        else:
            quoting = QUOTE_MINIMAL
        sk = bool(values['skipinitialspace']) if g('skipinitialspace') else False
        st = bool(values['strict']) if g('strict') else False
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if d is None:
            raise TypeError('"delimiter" must be an 1-character string')
        if g('quotechar') and values['quotechar'] is None and not g('quoting'):
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and q is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        object.__setattr__(self, '_d', d)
        object.__setattr__(self, '_q', q)
        object.__setattr__(self, '_e', esc)
        object.__setattr__(self, '_lt', lt)
        object.__setattr__(self, '_qu', quoting)
        object.__setattr__(self, '_dq', int(dq))
        object.__setattr__(self, '_sk', int(sk))
        object.__setattr__(self, '_st', int(st))
        return self

    delimiter = property(lambda self: self._d)
    quotechar = property(lambda self: self._q)
    escapechar = property(lambda self: self._e)
    lineterminator = property(lambda self: self._lt)
    quoting = property(lambda self: self._qu)
    doublequote = property(lambda self: self._dq)
    skipinitialspace = property(lambda self: self._sk)
    strict = property(lambda self: self._st)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise TypeError("readonly attribute")
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, basestring):
        raise TypeError("dialect name must be a string or unicode")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 arguments, got %d" % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], (int, long)):
            raise TypeError("limit must be an integer")
        _field_limit[0] = args[0]
    return old


# Reader states.
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL) = range(8)

_EOL = object()   # stands for the end of each input line


class Reader(object):

    def __init__(self, iterable, dialect=None, **kwargs):
        self._input = iter(iterable)
        self.dialect = Dialect(dialect, **kwargs)
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def next(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, basestring):
                raise TypeError("expected string or Unicode object, %s found" % type(line).__name__)
            self.line_num += 1
            if '\0' in line:
                raise Error("line contains NUL")
            for c in line:
                self._step(c)
            self._step(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _step(self, c):
        d = self.dialect
        state = self._state
        eol = c is _EOL
        if state == START_RECORD:
            if eol:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if eol else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            self._add('\n' if eol else c)
            self._state = IN_FIELD
        elif state == IN_FIELD:
            if eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if eol else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add(c)
        elif state == IN_QUOTED_FIELD:
            if eol:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if eol else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif eol or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if eol else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if eol:
                self._state = START_RECORD
            elif c == '\n' or c == '\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - do you "
                            "need to open the file in universal-newline mode?")


try:
    _NUMBERS = (int, long, float, complex)
except NameError:
    _NUMBERS = (int, long, float)


def _is_number(x):
    return isinstance(x, _NUMBERS)


class Writer(object):

    def __init__(self, fileobj, dialect=None, **kwargs):
        if not hasattr(fileobj, 'write'):
            raise TypeError("argument 1 must have a \"write\" method")
        self._write = fileobj.write
        self.dialect = Dialect(dialect, **kwargs)

    def _quote_field(self, text, quoted, quote_empty):
        d = self.dialect
        special = set([d.delimiter, d.escapechar, d.quotechar]) | set(d.lineterminator)
        special.discard(None)
        out = []
        for c in text:
            if c == '\0':
                break
            if c in special:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if not text and quote_empty:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = ''.join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            fields = list(row) if not isinstance(row, basestring) else list(row)
        except TypeError:
            raise Error("sequence expected")
        if not hasattr(row, '__len__') and not hasattr(row, '__getitem__'):
            raise Error("sequence expected")
        parts = []
        n = len(fields)
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            parts.append(self._quote_field(text, quoted, n == 1))
        record = d.delimiter.join(parts)
        if n == 1 and not record:
            # one empty field: only a quoted "" can express it
            record = self._quote_field('', True, True)
        return self._write(record + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect=None, **kwargs):
    return Reader(csvfile, dialect, **kwargs)


def writer(fileobj, dialect=None, **kwargs):
    return Writer(fileobj, dialect, **kwargs)
