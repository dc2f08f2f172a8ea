"""RFC 2822 address lists and dates, parsed leniently (the same rules
rfc822 has always applied)."""

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

import time
import calendar

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
           'oct', 'nov', 'dec']
_monthnames = _MONTHS + ['january', 'february', 'march', 'april', 'may',
                         'june', 'july', 'august', 'september', 'october',
                         'november', 'december']
_daynames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

# Zone names RFC 822 allows, as +-HHMM.
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
              'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
              'PST': -800, 'PDT': -700}


def _month_number(word):
    word = word.lower()
    if word not in _monthnames:
        return None
    return _monthnames.index(word) % 12 + 1


def parsedate_tz(data):
    """A 10-tuple (9 of time.mktime, then the zone offset in seconds or
    None) for a date header, or None when it cannot be read."""
    return _parse_date(data, False)


def _parse_date(data, old_rules):
    # old_rules: rfc822's variant (a day name may end with '.', two-digit
    # years are kept as they are, and the DST flag is 0).
    # Blank input fails on words[0], with CPython's IndexError.
    words = data.split()
    first = words[0]
    if (first.endswith(',') or (old_rules and first.endswith('.'))
            or first.lower() in _daynames):
        del words[0]
    else:
        comma = first.rfind(',')
        if comma >= 0:
            words[0] = first[comma + 1:]
    if len(words) == 3:
        # RFC 850: dd-mon-yy hh:mm:ss zone
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        last = words[3]
        plus = last.find('+')
        if plus > 0:
            words[3:] = [last[:plus], last[plus + 1:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    month = _month_number(mm)
    if month is None:
        dd, mm = mm, dd
        month = _month_number(mm)
        if month is None:
            return None
    # Indexing (not endswith) so that empty fields raise IndexError as
    # they always have.
    if dd[-1] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    clock = tm.split(':')
    if len(clock) == 2:
        clock.append('0')
    elif len(clock) != 3:
        return None
    try:
        yy, dd = int(yy), int(dd)
        hh, mi, ss = [int(x) for x in clock]
    except ValueError:
        return None
    if yy < 100 and not old_rules:
        yy += 1900 if yy > 68 else 2000
    tz = tz.upper()
    if tz in _timezones:
        offset = _timezones[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return yy, month, dd, hh, mi, ss, 0, 1, 0 if old_rules else -1, offset


def parsedate(data):
    """parsedate_tz without the zone: a 9-tuple, or None."""
    parsed = parsedate_tz(data)
    if isinstance(parsed, tuple):
        return parsed[:9]
    return parsed


def mktime_tz(data):
    """Seconds since the epoch (UTC) of a parsedate_tz tuple."""
    if data[9] is None:
        # No zone given: take it as local time.
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escapes backslashes and double quotes."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A scanner over one address-list header value."""

    # rfc822's older scanner: quoted local parts are not re-escaped, a
    # second '@' or an empty domain is not refused, phrases skip only
    # blanks, and the list ends at the first empty entry.
    _old_rules = False

    def __init__(self, field):
        self.specials = '()<>@,:;."[]'
        self.pos = 0
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = self.specials + self.LWS + self.CR
        # A phrase may contain dots.
        self.phraseends = self.atomends.replace('.', '')
        self.field = field
        self.commentlist = []

    def _more(self):
        return self.pos < len(self.field)

    def _here(self):
        return self.field[self.pos]

    def gotonext(self):
        """Skips blanks, line ends and comments (keeping the comments)."""
        while self._more():
            c = self._here()
            if c in ' \t\r\n':
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break

    def getaddrlist(self):
        """Every (name, address) pair; a malformed entry gives ('', '')."""
        found = []
        while self._more():
            got = self.getaddress()
            if not got and self._old_rules:
                break
            found.extend(got or [('', '')])
        return found

    def getaddress(self):
        """The next address (a list: a group gives several)."""
        self.commentlist = []
        self.gotonext()
        start, comments = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        result = []
        if not self._more():
            if phrase:
                result = [(SPACE.join(self.commentlist), phrase[0])]
        elif self._here() in '.@':
            # A bare addr-spec: read it again as one.
            self.pos, self.commentlist = start, comments
            spec = self.getaddrspec()
            result = [(SPACE.join(self.commentlist), spec)]
        elif self._here() == ':':
            # A group: "name: a, b, c;"
            self.pos += 1
            while self._more():
                self.gotonext()
                if self._more() and self._here() == ';':
                    self.pos += 1
                    break
                result = result + self.getaddress()
        elif self._here() == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            result = [(name, route)]
        elif phrase:
            result = [(SPACE.join(self.commentlist), phrase[0])]
        elif self._here() in self.specials:
            self.pos += 1
        self.gotonext()
        if self._more() and self._here() == ',':
            self.pos += 1
        return result

    def getrouteaddr(self):
        """The address inside <...>, dropping any source route."""
        if self._here() != '<':
            return
        self.pos += 1
        self.gotonext()
        in_route = False
        spec = ''
        while self._more():
            c = self._here()
            if in_route:
                self.getdomain()
                in_route = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                in_route = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part@domain."""
        local = []
        self.gotonext()
        while self._more():
            c = self._here()
            if c == '.':
                local.append('.')
                self.pos += 1
            elif c == '"':
                text = self.getquote()
                local.append('"%s"' % (text if self._old_rules else quote(text)))
            elif c in self.atomends:
                break
            else:
                local.append(self.getatom())
            self.gotonext()
        if not self._more() or self._here() != '@':
            return EMPTYSTRING.join(local)
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain and not self._old_rules:
            return EMPTYSTRING
        return EMPTYSTRING.join(local) + '@' + domain

    def getdomain(self):
        parts = []
        while self._more():
            c = self._here()
            if c in self.LWS:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@' and not self._old_rules:
                # A second @: not a valid domain.
                return EMPTYSTRING
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text between beginchar and one of endchars, backslash
        escapes resolved; nested comments when allowcomments."""
        if self._here() != beginchar:
            return ''
        text = []
        escaped = False
        self.pos += 1
        while self._more():
            c = self._here()
            if escaped:
                text.append(c)
                escaped = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                text.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                text.append(c)
            self.pos += 1
        return EMPTYSTRING.join(text)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        if atomends is None:
            atomends = self.atomends
        start = self.pos
        while self._more() and self._here() not in atomends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """The words (atoms and quoted strings) of a display name."""
        words = []
        blanks = self.LWS if self._old_rules else self.FWS
        while self._more():
            c = self._here()
            if c in blanks:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The parsed addresses of a header, combinable as sets."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        combined = AddressList(None)
        combined.addresslist = self.addresslist[:]
        combined += other
        return combined

    def __iadd__(self, other):
        for pair in other.addresslist:
            if pair not in self.addresslist:
                self.addresslist.append(pair)
        return self

    def __sub__(self, other):
        left = AddressList(None)
        left.addresslist = [p for p in self.addresslist
                            if p not in other.addresslist]
        return left

    def __isub__(self, other):
        for pair in other.addresslist:
            if pair in self.addresslist:
                self.addresslist.remove(pair)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
