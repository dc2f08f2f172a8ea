import time
for s, f in [('13 Feb 2009', '%d %b %Y'), ('Friday March 5 99', '%A %B %d %y'), ('10:05 PM', '%I:%M %p'), ('2009-366', '%Y-%j')]:
    try:
        print time.strptime(s, f)
    except ValueError as e:
        print 'ValueError:', e
for bad in [('2009', '%Y-%m'), ('2009-01-01x', '%Y-%m-%d')]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print 'ValueError:', e
t = time.gmtime(0)
print time.strftime('%D %T %R %C %u %e %j %U %W', t), t
for args in [(2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0)]:
    try:
        print time.strftime('%Y-%m-%d', args)
    except ValueError as e:
        print 'ValueError:', e
