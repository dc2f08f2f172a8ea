# cmp() of dates against foreign objects, utctimetuple beyond the year
# range, strptime with %f and the _strptime module.
import datetime
from datetime import date, datetime as dt, tzinfo, timedelta
import _strptime

class NoTime(object):
    def __cmp__(self, other):
        return 0
    __hash__ = None

class WithTime(NoTime):
    def timetuple(self):
        return ()

for ours in (date(2000, 4, 5), dt(2000, 4, 5, 6)):
    for other in (1, 'x', NoTime()):
        # (other, ours) with a __cmp__ on other: minipy's cmp() asks
        # __cmp__ first, CPython the rich comparisons: not covered.
        for a, b in ((ours, other), (other, ours))[:1 if isinstance(other, NoTime) else 2]:
            try:
                print cmp(a, b)
            except TypeError as e:
                print 'TypeError', e
    w = WithTime()
    print cmp(ours, w), cmp(w, ours), ours == w, w == ours
print cmp(date(2000, 1, 2), date(2000, 1, 3)), cmp(dt(2000, 1, 2), dt(2000, 1, 1)), cmp(dt(1, 1, 1), dt(1, 1, 1))
for a, b in ((date(2000, 1, 2), dt(2000, 1, 2)), (dt(2000, 1, 2), date(2000, 1, 2))):
    try:
        print cmp(a, b)
    except TypeError as e:
        print 'TypeError', e

class Ofs(tzinfo):
    def __init__(self, minutes):
        self.d = timedelta(minutes=minutes)
    def utcoffset(self, when):
        return self.d
    def dst(self, when):
        return None

print tuple(dt(1, 1, 1, 0, 0, 37, tzinfo=Ofs(1439)).utctimetuple())
print tuple(dt(9999, 12, 31, 23, 59, 37, 999999, tzinfo=Ofs(-1439)).utctimetuple())
print tuple(dt(2000, 3, 1, 0, 30, tzinfo=Ofs(60)).utctimetuple())
print tuple(dt(2000, 3, 1, 0, 30, tzinfo=Ofs(0)).utctimetuple())

print dt.strptime('2004-12-01 13:02:47.197', '%Y-%m-%d %H:%M:%S.%f')
print dt.strptime('5 123456', '%d %f'), dt.strptime('7', '%f')
print _strptime._strptime('2004-12-01 13:02:47.000197', '%Y-%m-%d %H:%M:%S.%f')
print tuple(_strptime._strptime_time('2004 3', '%Y %m'))
for text, fmt in (('1.1234567', '%d.%f'), ('x', '%f'), ('2004', '%Y %Q')):
    try:
        dt.strptime(text, fmt)
    except ValueError as e:
        print 'ValueError', e
