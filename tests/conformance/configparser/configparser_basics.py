# ConfigParser: reading, continuation lines, comments, the three parsers' interpolation,
# type getters, writing back, and the error messages.
import ConfigParser as CP
from StringIO import StringIO

TEXT = """\
# a comment
; another
[DEFAULT]
base = /srv
name = app

[paths]
root = %(base)s/%(name)s
logs: %(root)s/logs ; trailing comment
long = first line
   second line
\tthird line
empty = ""
pct = 100%%
REM not a comment inside? no: this line is a REM comment
flag = yes

[Numbers]
i = 42
f = 2.5
b1 = off
bad = maybe
"""

for cls in (CP.RawConfigParser, CP.ConfigParser, CP.SafeConfigParser):
    print '---', cls.__name__
    c = cls()
    c.readfp(StringIO(TEXT), 'conf.ini')
    print c.sections(), sorted(c.defaults().items())
    print sorted(c.options('paths'))
    for opt in ('root', 'logs', 'long', 'empty', 'pct', 'flag'):
        try:
            print opt, repr(c.get('paths', opt))
        except CP.Error as e:
            print opt, type(e).__name__, str(e).replace('\n', '|')
    print c.getint('Numbers', 'i'), c.getfloat('Numbers', 'f'), c.getboolean('Numbers', 'b1'), c.getboolean('paths', 'flag')
    for call in (lambda: c.getboolean('Numbers', 'bad'), lambda: c.get('nosuch', 'x'), lambda: c.get('paths', 'NoSuch'),
                 lambda: c.add_section('paths'), lambda: c.add_section('Default'), lambda: c.options('zz')):
        try:
            call()
        except (CP.Error, ValueError) as e:
            print type(e).__name__, e, getattr(e, 'args', None)
    print c.has_section('paths'), c.has_section('DEFAULT'), c.has_option('paths', 'BASE'), c.has_option('', 'name')
    if cls is not CP.RawConfigParser:
        print c.get('paths', 'root', raw=True), c.get('paths', 'root', vars={'Base': '/opt'})
        print sorted(c.items('paths', vars={'extra': 'x'}))
    out = StringIO()
    c.set('paths', 'new', 'v\nw')
    c.remove_option('paths', 'long')
    print c.remove_option('paths', 'long'), c.remove_section('Numbers'), c.remove_section('Numbers')
    c.write(out)
    print out.getvalue()

c = CP.ConfigParser()
c.add_section('s')
c.set('s', 'a', '%(b)s')
c.set('s', 'b', '%(a)s')
c.set('s', 'm', '%(missing)s')
for opt in ('a', 'm'):
    try:
        c.get('s', opt)
    except CP.InterpolationError as e:
        print type(e).__name__, repr(str(e))

s = CP.SafeConfigParser()
s.add_section('s')
for value in ('50%', 'a%(x)s%%', 5):
    try:
        s.set('s', 'v', value)
        print 'set', repr(value)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
s.set('s', 'v', '%z')  if False else None
s._sections['s']['w'] = '%z'
try:
    s.get('s', 'w')
except CP.InterpolationSyntaxError as e:
    print 'InterpolationSyntaxError', e

for bad in ("no header\n", "[s]\nthis is not an option\nnor = is\n  \n[t\n"):
    try:
        CP.RawConfigParser().readfp(StringIO(bad), 'bad.ini')
    except CP.ParsingError as e:
        print type(e).__name__, repr(str(e)), getattr(e, 'errors', None)

nv = CP.RawConfigParser(allow_no_value=True)
nv.readfp(StringIO("[mysqld]\nskip-bdb\nport = 3306\n"))
print nv.items('mysqld'), nv.get('mysqld', 'skip-bdb')
out = StringIO(); nv.write(out); print repr(out.getvalue())
d = CP.RawConfigParser({'Key': 'v'}, dict)
print d.defaults(), d.read(['/nonexistent/file.ini'])
