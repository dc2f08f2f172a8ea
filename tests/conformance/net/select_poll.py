# select.select and select.poll over socketpairs: readiness, timeouts, errors.
import select, socket, time

a, b = socket.socketpair()
print select.select([a], [], [], 0)
print select.select([a], [b], [], 0) == ([], [b], [])
b.send('x')
r, w, x = select.select([a, b.fileno()], [], [], 1.0)
print r == [a], w, x
t = time.time()
print select.select([b], [], [], 0.15), time.time() - t >= 0.1
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print sorted(p.poll(0)) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)])
p.modify(b, select.POLLIN)
print p.poll(0) == [(a.fileno(), select.POLLIN)]
p.unregister(a)
print p.poll(50)
try:
    p.unregister(a)
except KeyError as e:
    print 'KeyError', e.args[0] == a.fileno()
try:
    p.modify(a, select.POLLIN)
except IOError as e:
    print e
a.recv(1)
b.close()
print select.select([a], [], [], 0)[0] == [a], repr(a.recv(1))
try:
    select.select([-1], [], [])
except ValueError as e:
    print e
try:
    select.select(1, [], [])
except TypeError as e:
    print e
try:
    select.select([], [], [], 'x')
except TypeError as e:
    print e
try:
    select.select([object()], [], [], 0)
except TypeError as e:
    print e
fd = a.fileno()
a.close()
try:
    select.select([fd], [], [], 0)
except select.error as e:
    print e.args, isinstance(e, EnvironmentError)
print select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL
