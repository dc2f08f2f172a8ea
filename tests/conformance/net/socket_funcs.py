# Module functions of socket: addresses, byte order, name lookup.
import socket

print socket.inet_aton('127.0.0.1').encode('hex'), socket.inet_aton('10.1').encode('hex')
print socket.inet_aton('0x7f.1').encode('hex')
print socket.inet_ntoa('\x7f\x00\x00\x01'), socket.inet_ntoa('\xff' * 4)
for bad in ('1.2.3.256', '', 'a.b.c.d', '1.2.3.4.5'):
    try:
        socket.inet_aton(bad)
    except socket.error as e:
        print repr(bad), e
try:
    socket.inet_ntoa('abc')
except socket.error as e:
    print e
for text in ('::', '::1', '1::', 'fe80::1:2', '2001:db8:0:0:1:0:0:1', '::ffff:1.2.3.4',
             '1:2:3:4:5:6:7:8', '::1.2.3.4'):
    packed = socket.inet_pton(socket.AF_INET6, text)
    print text, len(packed), socket.inet_ntop(socket.AF_INET6, packed)
print socket.inet_pton(socket.AF_INET, '1.2.3.4').encode('hex')
for bad in ('1::2::3', '12345::', 'g::'):
    try:
        socket.inet_pton(socket.AF_INET6, bad)
    except socket.error as e:
        print repr(bad), e
print socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304)
print socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost')
print socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM)
print socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
print socket.getservbyname('http', 'tcp'), socket.getservbyport(80, 'tcp')
print socket.getprotobyname('tcp') == socket.IPPROTO_TCP
print isinstance(socket.gethostname(), str), len(socket.gethostname()) > 0
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print e.args[0] == socket.EAI_NONAME, isinstance(e, socket.error)
try:
    socket.getservbyname('no-such-service', 'tcp')
except socket.error as e:
    print e
print socket.error.__module__, socket.error.__bases__[0].__name__
print [c.__name__ for c in (socket.herror, socket.gaierror, socket.timeout)]
print [c.__bases__[0].__name__ for c in (socket.herror, socket.gaierror, socket.timeout)]
print socket.AF_INET, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR
print socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.IPPROTO_TCP, socket.TCP_NODELAY
a, b = socket.socketpair()
print a.family == socket.AF_UNIX, a.getsockname() == ''
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
c.send('via dup')
print b.recv(100)
d = c.dup()
c.close()
d.send('still open')
print b.recv(100)
for s in (a, b, d):
    s.close()
