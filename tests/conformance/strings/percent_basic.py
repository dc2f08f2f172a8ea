# %-formatting: conversions.
print '%s|%r|%d|%i' % ('str', 'str', 42, -7)
print '%s %s' % (1.5, [1, 'a']), '%r' % (1.5,), '%s' % None, '%s' % (None,)
print '%d %d %d' % (3.99, -3.99, 10L ** 20), '%d' % True
print '%f %f %f' % (1.5, -0.125, 1e10), '%F' % 2.5
print '%e %e %E' % (12345.678, 0.000123, 1e100)
print '%g %g %g %g %g %G' % (0.0001, 0.00001, 123456, 1234567, 1.5, 1e-10)
print '%x %X %o %x' % (255, 255, 8, -255), '%x' % (2 ** 70)
print '%c%c%c' % (72, 'i', 33)
print '100%% sure', '%s%%' % 50
print '%s' % 'only', '%s' % ('tuple',), '%s' % ((1, 2),)
print '%s and %s' % ('a', 'b')
print '%s' % [1, 2], '%s' % {'k': 'v'}
print '%r' % "it's", '%r' % 'say "x"', '%r' % 'both \' and "'
print '%5.1f%%' % 99.44
print 'no args' % ()
try:
    '%s %s' % ('one',)
except TypeError as e:
    print 'TypeError:', e
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print 'TypeError:', e
try:
    '%d' % 'x'
except TypeError as e:
    print 'TypeError:', e
try:
    '%z' % 1
except ValueError as e:
    print 'ValueError:', e
