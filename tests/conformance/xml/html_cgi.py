# HTMLParser, sgmllib and cgi
import StringIO
from HTMLParser import HTMLParser, HTMLParseError
import sgmllib
import cgi


class Collect(HTMLParser):
    def reset(self):
        HTMLParser.reset(self)
        self.out = []
    def handle_starttag(self, tag, attrs):
        self.out.append(('start', tag, attrs))
    def handle_startendtag(self, tag, attrs):
        self.out.append(('startend', tag, attrs))
    def handle_endtag(self, tag):
        self.out.append(('end', tag))
    def handle_data(self, data):
        self.out.append(('data', data))
    def handle_entityref(self, name):
        self.out.append(('entity', name))
    def handle_charref(self, name):
        self.out.append(('charref', name))
    def handle_comment(self, data):
        self.out.append(('comment', data))
    def handle_decl(self, data):
        self.out.append(('decl', data))
    def handle_pi(self, data):
        self.out.append(('pi', data))
    def unknown_decl(self, data):
        self.out.append(('unknown', data))

for html in ["<!DOCTYPE html><html><body class=main id='x' checked>"
             "Hi &amp; bye &#62; &#x3e; &nbsp;<br/><img src=a.png />"
             "<!-- note --><?php echo 1 ?></body></html>",
             "<script>if (a < b && c) { x = '</b>'; }</script><p>after",
             "<a href='x?a=1&amp;b=&quot;2&quot;'>link</a><![CDATA[raw]]>",
             "<div>unclosed <b>bold</div></ bad><!bogus>",
             "a < b & c &#bad; &#1"]:
    p = Collect()
    p.feed(html)
    p.close()
    for item in p.out:
        print item
    print '--'
p = Collect()
for ch in "<p class='a'>t&amp;x</p>":
    p.feed(ch)
p.close()
print p.out, p.getpos()
p = Collect()
print repr(p.unescape('&lt;&#65;&#x42;&eacute;&unknown;'))
e = HTMLParseError('oops', (3, 4))
print str(e), e.msg, e.lineno, e.offset


class Sgml(sgmllib.SGMLParser):
    def __init__(self):
        sgmllib.SGMLParser.__init__(self)
        self.out = []
    def start_ul(self, attrs):
        self.out.append(('start_ul', attrs))
    def end_ul(self):
        self.out.append('end_ul')
    def do_li(self, attrs):
        self.out.append(('li', attrs))
    def handle_data(self, data):
        self.out.append(('data', data))
    def unknown_starttag(self, tag, attrs):
        self.out.append(('unknown_start', tag, attrs))
    def unknown_endtag(self, tag):
        self.out.append(('unknown_end', tag))
    def unknown_entityref(self, ref):
        self.out.append(('unknown_entity', ref))

s = Sgml()
s.feed("<ul compact type=disc><li>one &amp; &lt; &foo;<li x='&#65;'>two"
       "<b>bold</b></ul><br/x/")
s.close()
for item in s.out:
    print item

print cgi.escape('<a href="x">&</a>'), cgi.escape('"q"', True)
key, params = cgi.parse_header('text/html; charset="utf-8"; q=0.5')
print key, sorted(params.items())
print cgi.parse_header('form-data; name="f;x"; filename="a\\"b.txt"')
print sorted(cgi.parse_qs('a=1&b=2&a=3&c=').items())
print cgi.parse_qsl('a=1&b=&c=x+y%21', keep_blank_values=True)
env = {'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'x=1&y=2&x=3'}
form = cgi.FieldStorage(environ=env)
print sorted(form.keys()), form.getlist('x'), form.getfirst('y'), \
    form.getvalue('z', 'none'), 'x' in form, len(form)
body = ('--BND\r\nContent-Disposition: form-data; name="field"\r\n\r\n'
        'value\r\n--BND\r\nContent-Disposition: form-data; name="file"; '
        'filename="f.txt"\r\nContent-Type: text/plain\r\n\r\nline1\nline2\r\n'
        '--BND--\r\n')
env = {'REQUEST_METHOD': 'POST',
       'CONTENT_TYPE': 'multipart/form-data; boundary=BND',
       'CONTENT_LENGTH': str(len(body))}
form = cgi.FieldStorage(fp=StringIO.StringIO(body), environ=env)
print form['field'].value, form['file'].filename, repr(form['file'].value), \
    form['file'].type
print cgi.parse_multipart(StringIO.StringIO(body), {'boundary': 'BND'})
print repr(cgi.MiniFieldStorage('k', 'v'))
try:
    cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET'})['missing']
except KeyError as e:
    print 'KeyError', e
