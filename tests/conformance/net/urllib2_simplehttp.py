# urllib2 (redirects, errors, basic auth, file:) against a local BaseHTTPServer;
# SimpleHTTPServer serving a temporary directory.
import urllib2, urllib, threading, BaseHTTPServer, os, tempfile, SimpleHTTPServer, httplib
class H(BaseHTTPServer.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/r':
            self.send_response(302); self.send_header('Location', '/t'); self.end_headers(); return
        if self.path == '/loop':
            self.send_response(302); self.send_header('Location', '/loop'); self.end_headers(); return
        if self.path == '/missing':
            self.send_error(404); return
        if self.path == '/auth':
            if self.headers.get('authorization') != 'Basic dTpw':
                self.send_response(401); self.send_header('WWW-Authenticate', 'Basic realm="r"'); self.end_headers(); return
        body = 'GET %s ua=%s x=%s' % (self.path, self.headers.get('user-agent', '')[:14], self.headers.get('x-my'))
        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def do_POST(self):
        d = self.rfile.read(int(self.headers['content-length']))
        self.send_response(200); self.end_headers(); self.wfile.write(self.headers['content-type'] + ' ' + d[::-1])
    def log_message(self, *a): pass
srv = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever); t.daemon = True; t.start()
base = 'http://127.0.0.1:%d' % srv.server_port
f = urllib2.urlopen(base + '/t')
print f.getcode(), f.read(), f.info()['content-length'], f.geturl() == base + '/t', f.msg
f = urllib2.urlopen(base + '/r'); print f.getcode(), f.read(), f.geturl() == base + '/t'
req = urllib2.Request(base + '/h', headers={'X-My': 'hdr'})
print req.get_method(), req.get_type(), req.get_host() == '127.0.0.1:%d' % srv.server_port, req.get_selector(), req.header_items()
print urllib2.urlopen(req).read()
print urllib2.urlopen(base + '/p', 'a=1&b=2').read()
try: urllib2.urlopen(base + '/missing')
except urllib2.HTTPError as e: print e, e.code, e.reason, e.getcode(), len(e.read()) > 0, isinstance(e, urllib2.URLError)
try: urllib2.urlopen(base + '/loop')
except urllib2.HTTPError as e: print e.code, e.msg.splitlines()[0]
try: urllib2.urlopen('foo://x')
except urllib2.URLError as e: print e, e.reason
try: urllib2.urlopen(base + '/auth')
except urllib2.HTTPError as e: print e
pm = urllib2.HTTPPasswordMgrWithDefaultRealm(); pm.add_password(None, base, 'u', 'p')
op = urllib2.build_opener(urllib2.HTTPBasicAuthHandler(pm))
print op.open(base + '/auth').read()
fd, p = tempfile.mkstemp('.txt'); os.write(fd, 'file data'); os.close(fd)
f = urllib2.urlopen('file://' + p); print f.read(), f.info()['content-length'], f.info().gettype()
try: urllib2.urlopen('file:///nonexistent/x')
except urllib2.URLError as e: print e
os.remove(p)
print urllib2.parse_http_list('a, "b,c", d'), urllib2.parse_keqv_list(['a=1', 'b="2"'])
d = tempfile.mkdtemp(); os.mkdir(os.path.join(d, 'sub'))
open(os.path.join(d, 'x.txt'), 'w').write('xx')
os.chdir(d)
class Q(SimpleHTTPServer.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
s2 = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), Q)
t = threading.Thread(target=s2.serve_forever); t.daemon = True; t.start()
c = httplib.HTTPConnection('127.0.0.1', s2.server_port)
for path in ('/x.txt', '/sub', '/', '/nope', '/../x.txt'):
    c.request('GET', path); r = c.getresponse(); body = r.read()
    print path, r.status, r.getheader('content-type'), r.getheader('location', '').endswith('/sub/'), 'x.txt' in body
    c.close()
c.request('HEAD', '/x.txt'); r = c.getresponse(); print r.status, r.getheader('content-length'), repr(r.read())
import shutil; os.chdir('/'); shutil.rmtree(d)
