# time.strftime directives %U %W %w %e and argument validation.
import time
t = time.gmtime(1234567890)
print time.strftime('%U %W %w', t)
print time.strftime('[%e]', t)
try:
    time.strftime('%Y', (2020, 13, 1, 5, 0, 0, 0, 1, 0))
except ValueError as e:
    print 'ValueError:', e
try:
    time.gmtime('x')
except TypeError as e:
    print 'TypeError:', e
