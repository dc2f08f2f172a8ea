# calendar: month/year text layouts, HTML, helpers and error messages
import calendar

print calendar.month(2024, 2)
print calendar.month(2023, 10, 3, 2)
print calendar.calendar(2021)
print calendar.calendar(2000, 3, 1, 4, 4)
calendar.prmonth(1999, 12)
calendar.prcal(2020, 2, 1, 6, 2)
print calendar.monthrange(2000, 2), calendar.monthrange(1900, 2), calendar.monthrange(2023, 12)
print calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023)
print calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2010, 1990)
print calendar.weekday(1970, 1, 1), calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1)
print calendar.monthcalendar(2024, 3)
print calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59))
print calendar.week([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 3)
print repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1))
print list(calendar.day_name), list(calendar.day_abbr)
print list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_abbr)
print calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.EPOCH
for bad in (0, 13):
    try:
        calendar.monthrange(2020, bad)
    except calendar.IllegalMonthError as e:
        print 'IllegalMonthError', e, isinstance(e, ValueError)
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print 'IllegalWeekdayError', e
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print 'ValueError', e
calendar.setfirstweekday(calendar.SUNDAY)
print calendar.firstweekday()
print calendar.month(2024, 9)
print calendar.monthcalendar(2024, 9)
calendar.setfirstweekday(0)

c = calendar.Calendar(6)
print list(c.iterweekdays()), c.getfirstweekday()
print list(c.itermonthdays2(2015, 2))
print list(c.itermonthdays(2015, 2))
print [str(d) for d in c.itermonthdates(2015, 3)][:9]
print c.monthdays2calendar(2010, 5)[0]
print len(c.yeardayscalendar(2016, 4)), len(c.yeardayscalendar(2016, 4)[0])
print c.yeardays2calendar(2016, 2)[0][1][0]
print [[str(d) for d in w] for w in c.monthdatescalendar(2012, 2)][0]
c.setfirstweekday(9)
print c.firstweekday, c.getfirstweekday()
print calendar.Calendar().monthdayscalendar(9999, 12)[-1]

t = calendar.TextCalendar(2)
print t.formatmonth(2017, 7, 4)
print repr(t.formatweekday(0, 12)), repr(t.formatmonthname(2017, 7, 30)), repr(t.formatday(5, 2, 4))
print t.formatyear(2017, 2, 1, 3, 5)
t.prweek([(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2)
print

h = calendar.HTMLCalendar(0)
print h.formatmonth(2024, 1)
print h.formatmonth(2024, 1, withyear=False)
print h.formatyear(2022, 4)
print h.formatyearpage(2019, 6, css=None, encoding='ascii')
print h.formatday(0, 3), h.formatweekday(6), h.formatweekheader()
print calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)
calendar.format(['x', 'y'], 4, 1)
print calendar.LocaleTextCalendar(0, 'C').formatmonth(2001, 1)
print [str(d) for d in calendar.Calendar().itermonthdates(9999, 12)][-3:]
try:
    list(calendar.Calendar(6).itermonthdates(1, 1))
except OverflowError as e:
    print 'OverflowError', e
print calendar.Calendar(0).monthdayscalendar(1, 1)[0]
