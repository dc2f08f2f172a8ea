# signal.alarm delivers SIGALRM to a Python handler in the main thread;
# time.mktime inverts time.localtime.
import signal
import time

fired = []


def handler(signum, frame):
    fired.append(signum == signal.SIGALRM)


old = signal.signal(signal.SIGALRM, handler)
print old == signal.SIG_DFL
print signal.alarm(5) == 0, signal.alarm(0) > 0
signal.alarm(1)
deadline = time.time() + 5
while not fired and time.time() < deadline:
    time.sleep(0.05)
print fired
print time.mktime(time.localtime(0)) == 0.0, time.mktime(time.localtime(86400 * 365)) == 86400 * 365
