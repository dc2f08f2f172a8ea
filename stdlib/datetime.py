"""Dates, times and intervals (Python 2.7's datetime), in pure Python.

Messages follow CPython 2.7's C module. Values pickle as the C types do:
date, time and datetime reduce to their packed byte state."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# _DAYS_BEFORE_MONTH[m]: days in a common year before month m (1-based).
_DAYS_BEFORE_MONTH = [0, 0]
for _dim in _DAYS_IN_MONTH[1:12]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _dim)
del _dim
_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec']


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m]
            + (m > 2 and _is_leap(y)) + d)


def _ord2ymd(n):
    """(year, month, day) of ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before -= _DAYS_IN_MONTH[m] + (m == 2 and leap)
    return y, m, n - before + 1


def _int_field(v):
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    if not isinstance(v, (int, long)):
        if hasattr(v, '__int__') and not isinstance(v, basestring):
            return int(v)
        raise TypeError("an integer is required")
    return v


def _check_date(y, m, d):
    y = _int_field(y)
    m = _int_field(m)
    d = _int_field(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_days(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us):
    h, mi, s, us = _int_field(h), _int_field(mi), _int_field(s), _int_field(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _type_name(x):
    t = type(x)
    if t.__module__ in ('datetime', '__builtin__') and t.__module__ != '__builtin__':
        return 'datetime.' + t.__name__
    return t.__name__


def _cmp_error(a, b):
    raise TypeError("can't compare %s to %s" % (_qual(a), _qual(b)))


def _qual(x):
    for cls in (datetime, date, time, timedelta, tzinfo):
        if isinstance(x, cls):
            return 'datetime.' + cls.__name__
    return type(x).__name__


def _round_half_away(x):
    if x >= 0:
        return int(x + 0.5) if x - int(x) != 0.5 else int(x) + 1
    return -_round_half_away(-x)


def _wrap_strftime(obj, fmt, ttuple):
    """Expand %f, %z and %Z ourselves, then call time.strftime."""
    year = ttuple[0]
    if year < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() "
                         "methods require year >= 1900" % year)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'z':
            off = None
            if hasattr(obj, 'utcoffset'):
                off = obj.utcoffset()
            if off is not None:
                sign = '+'
                if off.days < 0:
                    off = -off
                    sign = '-'
                h, m = divmod(off.seconds // 60, 60)
                out.append('%s%02d%02d' % (sign, h, m))
        elif d == 'Z':
            name = None
            if hasattr(obj, 'tzname'):
                name = obj.tzname()
            if name is not None:
                out.append(name.replace('%', '%%'))
        else:
            out.append('%' + d)
    return _time.strftime(''.join(out), ttuple)


def _struct(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


class timedelta(object):
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        whole = 0
        frac = 0.0
        for value, scale, label in ((days, 86400000000, 'days'),
                                    (seconds, 1000000, 'seconds'),
                                    (microseconds, 1, 'microseconds'),
                                    (milliseconds, 1000, 'milliseconds'),
                                    (minutes, 60000000, 'minutes'),
                                    (hours, 3600000000, 'hours'),
                                    (weeks, 604800000000, 'weeks')):
            if isinstance(value, (int, long)):
                whole += value * scale
            elif isinstance(value, float):
                ip = int(value)
                whole += ip * scale
                frac += (value - ip) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (label, type(value).__name__))
        if frac:
            ip = int(frac)
            whole += ip
            whole += _round_half_away(frac - ip)
        return cls._from_us(whole)

    @classmethod
    def _from_us(cls, us):
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = int(d)
        self._seconds = int(s)
        self._microseconds = int(us)
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1e6

    def __repr__(self):
        if self._microseconds:
            return "datetime.timedelta(%d, %d, %d)" % (self._days, self._seconds, self._microseconds)
        if self._seconds:
            return "datetime.timedelta(%d, %d)" % (self._days, self._seconds)
        return "datetime.timedelta(%d)" % self._days

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = "%d day%s, " % (self._days, plural) + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, long)) and not isinstance(other, bool) or other is True or other is False:
            return timedelta._from_us(self._us() * other)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, (int, long)):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    __div__ = __floordiv__

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return True

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        _cmp_error(self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        _cmp_error(self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        _cmp_error(self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        _cmp_error(self, other)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __nonzero__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))

    def __setattr__(self, name, value):
        if name in ('days', 'seconds', 'microseconds'):
            raise AttributeError("attribute '%s' of 'datetime.timedelta' objects is not writable" % name)
        object.__setattr__(self, name, value)

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo(object):
    """Abstract base for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            return dt + dst
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        if state is None:
            return (self.__class__, args)
        return (self.__class__, args, state)


def _checked_offset(tz, dt, which):
    """Call tz.utcoffset(dt) or tz.dst(dt) and check the result."""
    if tz is None:
        return None
    off = getattr(tz, which)(dt)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (which, type(off).__name__))
    if off.microseconds or off.seconds % 60:
        raise ValueError("tzinfo.%s() must return a whole number of minutes" % which)
    minutes = off.days * 1440 + off.seconds // 60
    if not -1439 <= minutes <= 1439:
        raise ValueError("tzinfo.%s() returned %d; must be in -1439 .. 1439" % (which, minutes))
    return off


def _checked_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, basestring):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _format_offset(off, sep):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    h, m = divmod(off.seconds // 60, 60)
    return '%s%02d%s%02d' % (sign, h, sep, m)


class date(object):
    """A date in the proleptic Gregorian calendar."""

    def __new__(cls, year, month=None, day=None):
        if (isinstance(year, str) and month is None and day is None
                and len(year) == 4 and 1 <= ord(year[2]) <= 12):
            self = object.__new__(cls)
            self.__setstate(year)
            return self
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        return self

    def __setstate(self, state):
        self._year = ord(state[0]) * 256 + ord(state[1])
        self._month = ord(state[2])
        self._day = ord(state[3])

    def _getstate(self):
        return (chr(self._year >> 8) + chr(self._year & 0xff) + chr(self._month)
                + chr(self._day),)

    def __reduce__(self):
        return (self.__class__, self._getstate())

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        tt = _time.localtime(t)
        return cls(tt[0], tt[1], tt[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year is out of range")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd], _MONTH_NAMES[self._month - 1],
                                             self._day, self._year)

    def timetuple(self):
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, basestring):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        week1 = _iso_week1_monday(y)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            y -= 1
            week1 = _iso_week1_monday(y)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return y, week + 1, day + 1

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._date_cmp(other) == 0
        return NotImplemented if hasattr(other, 'timetuple') and not isinstance(other, date) else False

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if isinstance(other, date):
            return op(self._date_cmp(other), 0)
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return NotImplemented
        _cmp_error(self, other)

    def __cmp__(self, other):
        # minipy's cmp() asks __cmp__ before the rich comparisons: refuse a
        # foreign object here too (unless it has timetuple), as 2.7's C
        # type's rich comparison does, rather than let its __cmp__ answer.
        if isinstance(other, datetime) and not isinstance(self, datetime):
            _cmp_error(other, self)  # the subclass's comparison goes first
        less = self._order(other, lambda a, b: a < b)
        if less is NotImplemented:
            return less
        return -1 if less else int(self._order(other, lambda a, b: a > b))

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash(self._getstate()[0])

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                y, m, d = _ord2ymd(n)
                return date.__new__(type(self) if type(self) is not datetime else date, y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __setattr__(self, name, value):
        if name in ('year', 'month', 'day', 'hour', 'minute', 'second',
                    'microsecond', 'tzinfo'):
            raise AttributeError("attribute '%s' of '%s' objects is not writable"
                                 % (name, _qual(self)))
        object.__setattr__(self, name, value)


def _repr_name(obj):
    t = type(obj)
    if t in (date, datetime, time, timedelta):
        return 'datetime.' + t.__name__
    return '%s.%s' % (t.__module__, t.__name__)


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday

_date_class = date
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time(object):
    """A time of day, optionally with a tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if isinstance(hour, str) and len(hour) == 6 and ord(hour[0]) < 24:
            self = object.__new__(cls)
            self.__setstate(hour, minute or None)
            return self
        h, mi, s, us = _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = h, mi, s, us
        self._tzinfo = tzinfo
        return self

    def __setstate(self, state, tz):
        _check_tzinfo(tz)
        self._hour = ord(state[0])
        self._minute = ord(state[1])
        self._second = ord(state[2])
        self._microsecond = (ord(state[3]) << 16) | (ord(state[4]) << 8) | ord(state[5])
        self._tzinfo = tz

    def _getstate(self):
        us = self._microsecond
        state = (chr(self._hour) + chr(self._minute) + chr(self._second)
                 + chr(us >> 16) + chr((us >> 8) & 0xff) + chr(us & 0xff))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce__(self):
        return (self.__class__, self._getstate())

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return _checked_offset(self._tzinfo, None, 'utcoffset')

    def dst(self):
        return _checked_offset(self._tzinfo, None, 'dst')

    def tzname(self):
        return _checked_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            text = "%s(%d, %d, %d, %d)" % (_repr_name(self), self._hour, self._minute,
                                           self._second, self._microsecond)
        elif self._second:
            text = "%s(%d, %d, %d)" % (_repr_name(self), self._hour, self._minute, self._second)
        else:
            text = "%s(%d, %d)" % (_repr_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % self._tzinfo
        return text

    def isoformat(self):
        text = "%02d:%02d:%02d" % (self._hour, self._minute, self._second)
        if self._microsecond:
            text += ".%06d" % self._microsecond
        return text + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        return type(self)(hour, minute, second, microsecond, tzinfo)

    def _key(self, other):
        """Comparable keys of self and other, honouring offsets."""
        if self._tzinfo is other._tzinfo:
            a_off = b_off = None
        else:
            a_off = self.utcoffset()
            b_off = other.utcoffset()
            if (a_off is None) != (b_off is None):
                raise TypeError("can't compare offset-naive and offset-aware times")
        def key(t, off):
            k = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + t._microsecond
            if off is not None:
                k -= off._us()
            return k
        return key(self, a_off), key(other, b_off)

    def __eq__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a == b
        return False

    def __ne__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a != b
        return True

    def _order(self, other, op):
        if isinstance(other, time):
            a, b = self._key(other)
            return op(a, b)
        _cmp_error(self, other)

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash(self._getstate()[0])
        h, m = divmod(self._hour * 60 + self._minute - off._us() // 60000000, 60)
        if 0 <= h < 24:
            return hash(time(h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond))

    def __nonzero__(self):
        off = self.utcoffset() or timedelta(0)
        total = (self._hour * 60 + self._minute) * 60 + self._second
        return bool(self._microsecond) or total - off._us() // 1000000 != 0

    __setattr__ = date.__dict__['__setattr__']

_time_class = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None):
        if (isinstance(year, str) and len(year) == 10 and 1 <= ord(year[2]) <= 12):
            self = object.__new__(cls)
            self.__setstate(year, month)
            return self
        y, m, d = _check_date(year, month, day)
        h, mi, s, us = _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second, self._microsecond = h, mi, s, us
        self._tzinfo = tzinfo
        return self

    def __setstate(self, state, tz):
        _check_tzinfo(tz)
        self._year = ord(state[0]) * 256 + ord(state[1])
        self._month = ord(state[2])
        self._day = ord(state[3])
        self._hour = ord(state[4])
        self._minute = ord(state[5])
        self._second = ord(state[6])
        self._microsecond = (ord(state[7]) << 16) | (ord(state[8]) << 8) | ord(state[9])
        self._tzinfo = tz

    def _getstate(self):
        us = self._microsecond
        state = (chr(self._year >> 8) + chr(self._year & 0xff) + chr(self._month)
                 + chr(self._day) + chr(self._hour) + chr(self._minute)
                 + chr(self._second) + chr(us >> 16) + chr((us >> 8) & 0xff)
                 + chr(us & 0xff))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_timestamp(cls, t, convert, tz):
        if not isinstance(t, (int, long, float)):
            raise TypeError("a float is required")
        frac, whole = _modf(t)
        us = _round_half_away(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        tt = convert(whole)
        y, m, d, hh, mm, ss = tt[:6]
        ss = min(ss, 59)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, _time.localtime, None)
        result = cls._from_timestamp(t, _time.gmtime, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, _time.gmtime, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, time.tzinfo)

    @classmethod
    def strptime(cls, text, fmt):
        import _strptime
        tt, fraction = _strptime._strptime(text, fmt)
        return cls(*(tt[:6] + (fraction,)))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _struct(self._year, self._month, self._day, self._hour,
                       self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        if not off:
            return _struct(self._year, self._month, self._day, self._hour,
                           self._minute, self._second, 0)
        # Done by hand: the UTC time may fall in year 0 or MAXYEAR+1, which
        # no datetime can hold.
        secs = self._hour * 3600 + self._minute * 60 + self._second - off._us() // 1000000
        days, secs = divmod(secs, 86400)
        y, m, d = _ord2ymd(self.toordinal() + days)
        return _struct(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True):
        vals = [year, month, day, hour, minute, second, microsecond]
        cur = [self._year, self._month, self._day, self._hour, self._minute,
               self._second, self._microsecond]
        vals = [c if v is None else v for v, c in zip(vals, cur)]
        if tzinfo is True:
            tzinfo = self._tzinfo
        return type(self)(*(vals + [tzinfo]))

    def astimezone(self, tz):
        if not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        if tz is mytz:
            return self
        off = self.utcoffset()
        if off is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd], _MONTH_NAMES[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T'):
        text = "%04d-%02d-%02d%s%02d:%02d:%02d" % (
            self._year, self._month, self._day, sep, self._hour, self._minute, self._second)
        if self._microsecond:
            text += ".%06d" % self._microsecond
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
            if parts[-1] == 0:
                del parts[-1]
        text = "%s(%s)" % (_repr_name(self), ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            text = text[:-1] + ", tzinfo=%r)" % self._tzinfo
        return text

    def utcoffset(self):
        return _checked_offset(self._tzinfo, self, 'utcoffset')

    def dst(self):
        return _checked_offset(self._tzinfo, self, 'dst')

    def tzname(self):
        return _checked_tzname(self._tzinfo, self)

    def _us_since_epoch0(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def _pair_keys(self, other, what):
        if self._tzinfo is other._tzinfo:
            return self._us_since_epoch0(), other._us_since_epoch0()
        a_off = self.utcoffset()
        b_off = other.utcoffset()
        if (a_off is None) != (b_off is None):
            raise TypeError("can't %s offset-naive and offset-aware datetimes" % what)
        a = self._us_since_epoch0() - (a_off._us() if a_off else 0)
        b = other._us_since_epoch0() - (b_off._us() if b_off else 0)
        return a, b

    def __eq__(self, other):
        if isinstance(other, datetime):
            a, b = self._pair_keys(other, 'compare')
            return a == b
        if isinstance(other, date):
            return False
        return NotImplemented if hasattr(other, 'timetuple') else False

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if isinstance(other, datetime):
            a, b = self._pair_keys(other, 'compare')
            return op(a, b)
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return NotImplemented
        _cmp_error(self, other)

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._getstate()[0])
        return hash(self._us_since_epoch0() - off._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_epoch0() + other._us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rest, 1000000)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo) if type(self) is datetime else \
            datetime(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta._from_us(self._us_since_epoch0() - other._us_since_epoch0())
            a, b = self._pair_keys(other, 'subtract')
            return timedelta._from_us(a - b)
        return NotImplemented


def _modf(t):
    whole = int(t) if not isinstance(t, float) else int(t // 1 if t >= 0 else -((-t) // 1))
    return t - whole, whole

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

datetime_CAPI = None
