import codecs
for enc in ['cp1252', 'windows-1252', 'latin2', 'koi8-r', 'cp037', 'mac-roman', 'cp437', 'iso8859-15', 'ISO-8859-7']:
    u = u'caf\xe9 \u20ac \u0436'
    for err in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
        try: print enc, err, repr(u.encode(enc, err))
        except UnicodeError as e: print enc, err, type(e).__name__, e
    try: print enc, repr(''.join(map(chr, range(0x80, 0x100))).decode(enc, 'replace'))
    except UnicodeError as e: print enc, type(e).__name__, e
    print codecs.lookup(enc).name
try: '\x81'.decode('cp1252')
except UnicodeDecodeError as e: print e, e.encoding, e.start
