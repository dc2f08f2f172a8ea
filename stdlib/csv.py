"""CSV reading and writing (Python 2.7's csv module): DictReader,
DictWriter, the Dialect classes and a Sniffer, over _csv."""

from _csv import Error, __version__, writer, reader, register_dialect, \
    unregister_dialect, get_dialect, list_dialects, field_size_limit, \
    QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE
from _csv import Dialect as _Dialect
from StringIO import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter"]


class Dialect:
    """Base for dialect classes: subclasses set the formatting attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = self.reader.next()
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def next(self):
        if self.line_num == 0:
            self.fieldnames
        row = self.reader.next()
        self.line_num = self.reader.line_num
        while row == []:
            row = self.reader.next()
        names = self.fieldnames
        d = dict(zip(names, row))
        nf = len(names)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows([self._dict_to_list(r) for r in rowdicts])


try:
    complex
except NameError:
    complex = float


class Sniffer:
    """Guesses the dialect of CSV text and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look for quoted fields: a quote right after a delimiter (or line
        start) and a closing quote followed by a delimiter (or line end)."""
        quotes = {}
        delims = {}
        spaces = 0
        found = 0
        for line in data.split('\n'):
            line = line.rstrip('\r')
            n = len(line)
            i = 0
            while i < n:
                q = line[i]
                if q not in '\'"':
                    i += 1
                    continue
                # opening quote: at start, or after delimiter [+ space]
                j = i - 1
                sp = False
                if j >= 0 and line[j] == ' ':
                    sp = True
                    j -= 1
                before = line[j] if j >= 0 else None
                if before is not None and (before.isalnum() or before in '\'"\n' or
                                           (delimiters and before not in delimiters)):
                    i += 1
                    continue
                end = line.find(q, i + 1)
                if end < 0:
                    break
                after = line[end + 1] if end + 1 < n else None
                if after is not None and (after.isalnum() or after in '\'"\n' or
                                          (delimiters and after not in delimiters)):
                    i = end + 1
                    continue
                if before is not None and after is not None and before != after:
                    i = end + 1
                    continue
                found += 1
                quotes[q] = quotes.get(q, 0) + 1
                d = before if before is not None else after
                if d is not None:
                    delims[d] = delims.get(d, 0) + 1
                if sp:
                    spaces += 1
                i = end + 1
        if not found:
            return ('', False, None, 0)
        quotechar = max(quotes.keys(), key=lambda k: quotes[k])
        if delims:
            delim = max(delims.keys(), key=lambda k: delims[k])
            skipinitialspace = spaces > 0
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        doublequote = (quotechar * 2) in data
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Pick the character that appears the same number of times (more
        than zero) on the most lines; ties go to the preferred list."""
        lines = [l for l in data.split('\n') if l][:50]
        if not lines:
            return ('', 0)
        if delimiters is not None:
            candidates = [c for c in delimiters]
        else:
            candidates = [chr(i) for i in range(32, 127)
                          if not chr(i).isalnum() and chr(i) not in '"\'']
            candidates.append('\t')
        best = None
        for c in candidates:
            tally = {}
            for l in lines:
                k = l.count(c)
                tally[k] = tally.get(k, 0) + 1
            count, hits = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
            if count == 0:
                continue
            score = float(hits) / len(lines)
            if score < 0.9:
                continue
            rank = self.preferred.index(c) if c in self.preferred else len(self.preferred)
            key = (score, -rank, count)
            if best is None or key > best[0]:
                best = (key, c)
        if best is None:
            return ('', 0)
        delim = best[1]
        first = lines[0]
        return (delim, first.count(delim) == first.count(delim + ' '))

    def has_header(self, sample):
        """Guess whether the first row is a header: look at each column's
        later values (numbers of one type, or strings of one length) and
        count the columns whose first value does not fit."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = rows.next()
        width = len(header)
        kinds = {}
        for n, row in enumerate(rows):
            if n > 20:
                break
            if len(row) != width:
                continue
            for col in range(width):
                if kinds.get(col, 0) is False:
                    continue
                kind = _value_kind(row[col])
                if col not in kinds:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    kinds[col] = False
        votes = 0
        for col, kind in kinds.items():
            if kind is False:
                continue
            if _value_kind(header[col]) == kind:
                votes -= 1
            else:
                votes += 1
        return votes > 0


def _value_kind(text):
    """int/float/complex for numeric text, else the text's length."""
    for kind in (int, long, float, complex):
        try:
            kind(text)
        except (ValueError, OverflowError, TypeError):
            continue
        return int if kind is long else kind
    return len(text)
