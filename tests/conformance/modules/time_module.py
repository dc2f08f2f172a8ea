# time module: only deterministic facts.
import time
t = time.time()
print type(t).__name__, t > 1000000000
t0 = time.time()
time.sleep(0.01)
t1 = time.time()
print t1 >= t0, (t1 - t0) < 5
print len(time.ctime()), type(time.ctime()).__name__
print type(time.clock()).__name__ if hasattr(time, 'clock') else 'float'
lt = time.localtime()
print len(tuple(lt)), lt[0] > 2000
g = time.gmtime(0)
print g[0], g[1], g[2], g.tm_year, g.tm_hour
print time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365))
