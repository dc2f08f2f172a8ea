import plistlib, datetime

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

pl = {'name': 'x & <y>', 'n': 3, 'big': 2 ** 40, 'f': 1.25, 'flags': [True, False], 'empty': [], 'none': {},
      'when': datetime.datetime(2001, 2, 3, 4, 5, 6), 'blob': plistlib.Data('\x00\x01binary' * 9),
      u'\xfcber': u'gr\xfc\xdfe', 'nested': {'a': [1, [2, {'b': 'c'}]]}, 'crlf': 'a\r\nb\rc'}
s = plistlib.writePlistToString(pl)
print s
back = plistlib.readPlistFromString(s)
print sorted(back.keys())
print back['name'], back['when'], repr(back[u'\xfcber']), back['blob'], back['big'], back['crlf'].split('\n')
print type(back).__name__, back['nested'] == pl['nested'], back['blob'] == pl['blob']
print plistlib.readPlistFromString(plistlib.writePlistToString([1, 'two', 3.5]))
doc = '''<?xml version="1.0"?><!-- c --><plist version="1.0"><dict><key>k</key><string><![CDATA[<raw>]]> &#65;&#x42;&quot;</string>
<key>d</key><date>2004-10-26Z</date><key>e</key><array/></dict></plist>'''
print sorted(plistlib.readPlistFromString(doc).items())
show(lambda: plistlib.writePlistToString('bad \x01 char'))
show(lambda: plistlib.writePlistToString({1: 2}))
show(lambda: plistlib.writePlistToString(object()))
print repr(plistlib.Data('ab')), plistlib.Data('hello').asBase64(), plistlib.Data.fromBase64('aGk=').data
print plistlib._dateToString(datetime.datetime(1999, 12, 31, 23, 59, 58))
