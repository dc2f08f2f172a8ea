# BaseHTTPServer on a thread with httplib as client (keep-alive, chunked,
# errors), SocketServer threading TCP and UDP servers.
import threading, httplib, BaseHTTPServer, SocketServer, socket
class H(BaseHTTPServer.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def do_GET(self):
        body = 'path=%s agent=%s' % (self.path, self.headers.getheader('x-test'))
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers['content-length'])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header('Transfer-Encoding', 'chunked')
        self.end_headers()
        for piece in (data, data.upper()):
            self.wfile.write('%x\r\n%s\r\n' % (len(piece), piece))
        self.wfile.write('0\r\n\r\n')
    def log_message(self, *a): pass
srv = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05}); t.start()
c = httplib.HTTPConnection('127.0.0.1', srv.server_port)
c.request('GET', '/a?b=1', headers={'X-Test': 'yes'})
r = c.getresponse()
print r.status, r.reason, r.version, r.getheader('content-type'), r.msg.gettype(), r.msg.getparam('charset')
print r.read()
c.request('POST', '/p', 'hello')
r = c.getresponse()
print r.status, r.reason, r.chunked, repr(r.read())
c.request('BREW', '/')
r = c.getresponse()
print r.status, r.reason, r.getheader('connection')
print r.read()
c.close()
srv.shutdown(); srv.server_close(); t.join()
class Echo(SocketServer.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line[::-1].strip() + '\n')
s2 = SocketServer.ThreadingTCPServer(('127.0.0.1', 0), Echo)
t = threading.Thread(target=s2.serve_forever); t.start()
conns = [socket.create_connection(s2.server_address) for i in range(3)]
for i, k in enumerate(conns):
    k.sendall('abc%d\n' % i)
for k in conns:
    print k.makefile().readline(),
    k.close()
s2.shutdown(); s2.server_close()
class U(SocketServer.DatagramRequestHandler):
    def handle(self):
        self.wfile.write('got ' + self.rfile.read())
s3 = SocketServer.UDPServer(('127.0.0.1', 0), U)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto('ping', s3.server_address)
s3.handle_request()
print u.recvfrom(100)[0]
try:
    httplib.HTTPConnection('127.0.0.1:x')
except httplib.InvalidURL as e: print e
print repr(httplib.IncompleteRead('ab', 3)), httplib.responses[404], httplib.NOT_FOUND
