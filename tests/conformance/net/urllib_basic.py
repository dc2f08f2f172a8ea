# urllib: quoting, urlencode, split helpers, urlopen/urlretrieve over file: and a local BaseHTTPServer.
import urllib, os, threading, BaseHTTPServer
print urllib.quote('a b/c?d=e&f~%'), urllib.quote('a b/c', ''), urllib.quote_plus('a b+c/d')
print urllib.unquote('a%20b%2fc%zz%4'), urllib.unquote_plus('a+b%2B'), repr(urllib.unquote(u'%e9x'))
print urllib.urlencode({'a': 1}), urllib.urlencode([('x', 'a b'), ('y', '&=')])
print urllib.urlencode([('l', [1, 2]), ('s', 'ab'), ('n', 3)], True), urllib.urlencode([('l', [1, 2])])
try: urllib.urlencode('abc')
except TypeError as e: print e
try: urllib.quote(None)
except TypeError as e: print e
print urllib.splittype('HTTP://x/y'), urllib.splittype('/x'), urllib.splithost('//h:80/p?q'), urllib.splithost('/p')
print urllib.splituser('u:p@h'), urllib.splitpasswd('u:p'), urllib.splitport('h:80'), urllib.splitport('h:x'), urllib.splitport('[::1]')
print urllib.splitnport('h:80'), urllib.splitnport('h'), urllib.splitnport('h:x'), urllib.splitquery('/a?b?c'), urllib.splittag('/a#t')
print urllib.splitattr('/p;a=1;b=2'), urllib.splitvalue('a=1'), urllib.unwrap('<URL:http://x/>'), urllib.pathname2url('/a b/c'), urllib.url2pathname('/a%20b')
import tempfile
fd, p = tempfile.mkstemp('.txt'); os.close(fd)
got = p + '.got'
open(p, 'w').write('hello file\nline2\n')
f = urllib.urlopen('file://' + p)
print f.read(), f.info()['content-length'], f.info().gettype(), f.geturl() == 'file://' + p, f.getcode()
f.close()
class H(BaseHTTPServer.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/r':
            self.send_response(302); self.send_header('Location', '/t'); self.end_headers(); return
        if self.path == '/missing':
            self.send_error(404); return
        self.send_response(200); self.send_header('Content-Length', '5'); self.end_headers(); self.wfile.write(('T' + self.path + '.....')[:5])
    def do_POST(self):
        d = self.rfile.read(int(self.headers['content-length']))
        self.send_response(200); self.end_headers(); self.wfile.write(d[::-1])
    def log_message(self, *a): pass
srv = BaseHTTPServer.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever); t.daemon = True; t.start()
base = 'http://127.0.0.1:%d' % srv.server_port
f = urllib.urlopen(base + '/t')
print f.getcode(), f.read(), f.info()['content-length'], f.geturl() == base + '/t'
f = urllib.urlopen(base + '/r'); print f.getcode(), f.read(), f.geturl() == base + '/t'
f = urllib.urlopen(base + '/missing'); print f.getcode(), len(f.read()) > 0
print urllib.urlopen(base + '/p', urllib.urlencode({'k': 'v w'})).read()
fn, h = urllib.urlretrieve(base + '/t', got); print open(fn).read(), h['content-length']
try: urllib.URLopener().open(base + '/missing')
except IOError as e: print e.args[:3]
try: urllib.urlopen('foo://x')
except IOError as e: print e
os.remove(p); os.remove(got)
srv.shutdown()
