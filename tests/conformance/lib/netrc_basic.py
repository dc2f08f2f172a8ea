import netrc, os

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

def parse(text):
    with open('_netrc_tmp', 'w') as f:
        f.write(text)
    try:
        return netrc.netrc('_netrc_tmp')
    finally:
        os.remove('_netrc_tmp')

n = parse('''# top comment
machine a.example.com login alice password s3cr#t account acct # trailing
machine b.example.com
    user bob
    password "quoted"
default login anon password guest
macdef init
cd /pub
binary

''')
print sorted(n.hosts.items())
print n.macros
print n.authenticators('a.example.com'), n.authenticators('zzz')
print sorted(parse(repr(n)).hosts.items()) == sorted(n.hosts.items())
print parse('machine x login y password z').authenticators('q')
show(lambda: parse('machine x login y'))
show(lambda: parse('bogus x'))
show(lambda: parse('machine x frob y password z'))
e = netrc.NetrcParseError('msg', 'file', 3)
print str(e), e.msg, e.filename, e.lineno
