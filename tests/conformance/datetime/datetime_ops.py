# datetime: arithmetic, comparisons, formatting, tzinfo, timestamps, pickling
import datetime as D
import pickle, cPickle

td = D.timedelta
print td(1, 2, 3) + td(0, 86399, 999999), td(3) - td(0, 1), -td(1, 1, 1)
print td(2) * 3, 3 * td(0, 7), td(7) // 2, td(-1) // 3, td(0, 5) / 2
print td(1) == td(0, 86400), td(1) != td(1), td(1) < td(2), td(0, 1) >= td(0, 1, 1)
print str(td(-3, 5)), str(td(1)), str(td(2, 3, 4)), str(td(0)), str(td(-1, 0, 1))
print td(1, 2, 3).total_seconds(), td(-1).total_seconds(), bool(td(0)), bool(td(0, 0, 1))
print td(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6, weeks=1)
print td(hours=1.5), td(days=0.1), td(seconds=-0.5), td(minutes=-1.25)
print td(1).days, td(1, 5).seconds, td(0, 0, 7).microseconds
print hash(td(1)) == hash(td(0, 86400)), len(set([td(1), td(0, 86400), td(2)]))
print sorted([td(3), td(-1), td(0, 5)])

d = D.date(2024, 2, 28)
print d, repr(d), d + td(1), d + td(2), d - td(365), d - D.date(2000, 1, 1)
print d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal()
print d.isocalendar(), D.date(2021, 1, 3).isocalendar(), D.date(2020, 12, 31).isocalendar()
print D.date(2008, 12, 29).isocalendar(), D.date(2010, 1, 3).isocalendar()
print d.ctime(), d.isoformat(), d.strftime('%Y/%m/%d %a %A %b %B %j %U %w %y %%')
print tuple(d.timetuple()), d.replace(day=1), d.replace(year=2023)
print D.date.fromordinal(1), D.date.fromordinal(730000), D.date.fromordinal(3652059)
print D.date(2024, 1, 1) < D.date(2024, 1, 2), D.date(2024, 1, 1) == D.date(2024, 1, 1)
print max(D.date(2020, 5, 5), D.date(2020, 5, 4)), D.date.min, D.date.max
print D.date(1, 1, 1).toordinal(), D.date(2000, 3, 1).toordinal()
print format(d, '%A'), '{0:%d.%m.%Y}'.format(d), '{0}'.format(d)
print hash(D.date(2000, 1, 1)) == hash(D.date(2000, 1, 1))
for o in range(1, 3652059, 99991):
    x = D.date.fromordinal(o)
    assert x.toordinal() == o, o
print 'ordinals ok'

dt = D.datetime(2024, 3, 10, 14, 5, 9, 250)
print dt, repr(dt), dt.date(), dt.time(), dt.timetz()
print repr(D.datetime(2024, 1, 1)), repr(D.datetime(2024, 1, 1, 0, 0, 5)), repr(D.datetime(2024, 1, 1, 0, 0, 0, 5))
print dt.isoformat(), dt.isoformat(' '), dt.ctime(), dt.strftime('%H:%M:%S.%f %p %I')
print dt + td(hours=10), dt - td(days=70), dt - D.datetime(2024, 1, 1), D.datetime(2024, 1, 1) - dt
print tuple(dt.timetuple()), tuple(dt.utctimetuple())
print dt.replace(hour=0, microsecond=0), dt.toordinal(), dt.weekday()
print D.datetime.combine(D.date(2020, 2, 29), D.time(23, 59)), D.datetime.fromordinal(5)
print D.datetime.utcfromtimestamp(0), D.datetime.utcfromtimestamp(1234567890.5)
print D.datetime.utcfromtimestamp(-1.25), D.datetime.utcfromtimestamp(1e9 + 0.0000004)
print D.datetime.strptime('2021-07-04 10:11:12', '%Y-%m-%d %H:%M:%S')
print D.datetime.strptime('04/07/21 101112.5', '%d/%m/%y %H%M%S.%f')
print dt > D.datetime(2024, 3, 10), dt == D.datetime(2024, 3, 10, 14, 5, 9, 250)
print D.datetime.min, D.datetime.max, D.datetime.resolution
print dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo
print isinstance(dt, D.date), issubclass(D.datetime, D.date)
n = D.datetime.now()
print type(n).__name__, n.year >= 2024, type(D.date.today()).__name__, type(D.datetime.utcnow()).__name__

t = D.time(9, 8, 7, 6)
print t, repr(t), repr(D.time()), repr(D.time(1, 2, 3)), t.isoformat(), t.strftime('%H|%M|%S|%f')
print t.replace(hour=1), t < D.time(10), bool(D.time()), bool(D.time(0, 0, 0, 1))
print format(t, '%I %p'), t.hour, t.minute, t.second, t.microsecond, t.tzinfo
print D.time.min, D.time.max, D.time.resolution


class FixedOffset(D.tzinfo):
    def __init__(self, minutes, name):
        self.__offset = D.timedelta(minutes=minutes)
        self.__name = name

    def utcoffset(self, dt):
        return self.__offset

    def tzname(self, dt):
        return self.__name

    def dst(self, dt):
        return D.timedelta(0)

    def __repr__(self):
        return 'FixedOffset(%s)' % self.__name

utc = FixedOffset(0, 'UTC')
est = FixedOffset(-300, 'EST')
ist = FixedOffset(330, 'IST')
a = D.datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print a, repr(a), a.utcoffset(), a.tzname(), a.dst()
print a.astimezone(est), a.astimezone(ist), a.astimezone(est).tzname()
print a == a.astimezone(est), a - D.datetime(2024, 6, 1, 12, 0, tzinfo=ist)
print a.strftime('%Y %z %Z'), D.datetime(2024, 6, 1, tzinfo=est).isoformat()
print tuple(a.astimezone(est).utctimetuple()), tuple(a.astimezone(ist).timetuple())
tt = D.time(5, 30, tzinfo=ist)
print tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.isoformat(), bool(tt)
print tt == D.time(0, 0, tzinfo=utc), D.time(0, 0, tzinfo=utc) < D.time(1)  if False else ''
print D.datetime.fromtimestamp(0, utc), D.datetime.fromtimestamp(86400 * 365, ist)
print D.datetime.combine(D.date(2000, 1, 1), tt)
for bad in [lambda: a < D.datetime(2024, 1, 1), lambda: a - D.datetime(2024, 1, 1),
            lambda: D.datetime(2024, 1, 1).astimezone(utc), lambda: a.astimezone(5),
            lambda: tt < D.time(1), lambda: a == D.datetime(2024, 1, 1)]:
    try:
        print bad()
    except Exception as e:
        print type(e).__name__, e


class BadTZ(D.tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

for v in [D.timedelta(minutes=1440), D.timedelta(seconds=30), 5]:
    try:
        print D.datetime(2000, 1, 1, tzinfo=BadTZ(v)).utcoffset()
    except Exception as e:
        print type(e).__name__, e

for x in [D.date(2024, 2, 29), D.datetime(2024, 2, 29, 23, 59, 59, 999999), D.time(1, 2, 3, 456789),
          td(-5, 3, 7), D.datetime(1999, 12, 31, 23, 0, 0, 0)]:
    for p in (0, 1, 2):
        for mod in (pickle, cPickle):
            data = mod.dumps(x, p)
            print mod.__name__, p, repr(data)
            y = mod.loads(data)
            assert y == x and type(y) is type(x)
print 'pickles ok'
