# time.gmtime/localtime return time.struct_time.
import time
t = time.gmtime(1234567890)
print t
print type(t).__name__, t.tm_year, t[0], len(t)
print time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')[:6]
print isinstance(time.localtime(), time.struct_time)
