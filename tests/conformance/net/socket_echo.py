# A threaded TCP echo server on 127.0.0.1 (port 0), UDP, socketpair,
# makefile, timeouts and the errors of closed and refused sockets.
import socket, threading, errno

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print host, port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM


def serve(n):
    for i in range(n):
        conn, addr = srv.accept()
        peers.append(addr[0])
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
        conn.close()

peers = []

t = threading.Thread(target=serve, args=(3,))
t.start()
for i in range(3):
    s = socket.create_connection(('127.0.0.1', port))
    print s.getpeername() == ('127.0.0.1', port)
    s.sendall('hello %d' % i)
    got = ''
    while len(got) < 7:
        got += s.recv(100)
    print got
    s.shutdown(socket.SHUT_WR)
    print repr(s.recv(100))
    s.close()
t.join()
print peers

# a large send crosses many recv calls
a, b = socket.socketpair()
payload = ''.join(chr(i % 251) for i in range(300000))
w = threading.Thread(target=lambda: (a.sendall(payload), a.close()))
w.start()
chunks = []
while True:
    d = b.recv(65536)
    if not d:
        break
    chunks.append(d)
w.join()
print len(''.join(chunks)), ''.join(chunks) == payload
b.close()

# closed sockets
srv.close()
for call in (lambda: srv.accept(), lambda: srv.recv(1), lambda: srv.send('x')):
    try:
        call()
    except socket.error as e:
        print type(e).__name__, e.errno, e.strerror, e
# refused
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free = probe.getsockname()[1]
probe.close()
c = socket.socket()
print c.connect_ex(('127.0.0.1', free)) == errno.ECONNREFUSED
c.close()
try:
    socket.create_connection(('127.0.0.1', free))
except socket.error as e:
    print isinstance(e, IOError), e.errno == errno.ECONNREFUSED, e

# timeouts
x, y = socket.socketpair()
print x.gettimeout(), socket.getdefaulttimeout()
x.settimeout(0.1)
print x.gettimeout()
try:
    x.recv(10)
except socket.timeout as e:
    print 'timeout:', e, e.args, isinstance(e, socket.error)
x.setblocking(0)
print x.gettimeout()
try:
    x.recv(10)
except socket.error as e:
    print e.errno == errno.EAGAIN
x.setblocking(1)
print x.gettimeout()
for bad in (-1, 'x'):
    try:
        x.settimeout(bad)
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
socket.setdefaulttimeout(2.5)
z = socket.socket()
print z.gettimeout(), socket.getdefaulttimeout()
socket.setdefaulttimeout(None)
z.close()

# makefile keeps the connection after close()
y.sendall('one\ntwo\nthree')
y.close()
f = x.makefile('rb')
x.close()
print repr(f.readline()), f.readlines()
f.close()

# UDP
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print v.sendto('datagram', u.getsockname())
data, addr = u.recvfrom(100)
print data, addr[0], addr == v.getsockname()
buf = bytearray(4)
v.sendto('abcdefgh', u.getsockname())
print u.recv_into(buf), buf
u.close(); v.close()

# arguments
for args in [('127.0.0.1',), 'host', ('127.0.0.1', 70000)]:
    try:
        socket.socket().bind(args)
    except (TypeError, OverflowError, socket.error) as e:
        print type(e).__name__, e
try:
    socket.socket().recv(-1)
except ValueError as e:
    print e
