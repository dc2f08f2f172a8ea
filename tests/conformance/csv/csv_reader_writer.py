# csv: reader/writer dialect options, quoting rules and _csv's error messages
import csv, StringIO
def t(f):
    try: print repr(f())
    except Exception as e: print type(e).__name__, e
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=None), dict(delimiter=1), dict(quotechar=''), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(escapechar='ab'), dict(escapechar=''), dict(lineterminator=None), dict(lineterminator=5), dict(quoting=7), dict(quoting='a'), dict(doublequote=0), dict(bogus=1), dict(quotechar=5)]:
    t(lambda: csv.reader([], **kw).dialect.delimiter)
    t(lambda: csv.writer(StringIO.StringIO(), **kw).dialect.quotechar)
t(lambda: list(csv.reader([1])))
t(lambda: list(csv.reader(['a,"b'])))
t(lambda: list(csv.reader(['a,"b'], strict=True)))
t(lambda: list(csv.reader(['a,"b"c'], strict=True)))
t(lambda: list(csv.reader(['a,"b"c'])))
t(lambda: list(csv.reader(['a\0b'])))
t(lambda: list(csv.reader(['a\rb'])))
t(lambda: list(csv.reader(['a,b\r\n', '\n', '', 'c'])))
t(lambda: list(csv.reader(['"a\n', 'b",c\n'])))
t(lambda: list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['1,2.5,-3'], quoting=csv.QUOTE_NONNUMERIC)))
t(lambda: list(csv.reader(['a\\,b,c'], escapechar='\\')))
t(lambda: list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
t(lambda: list(csv.reader(['a;b'], delimiter=';')))
t(lambda: list(csv.reader(['"a""b"'])))
t(lambda: list(csv.reader(['"a\\"b"'], doublequote=False, escapechar='\\')))
t(lambda: csv.get_dialect('nope'))
t(lambda: csv.unregister_dialect('nope'))
t(lambda: csv.register_dialect(5))
t(lambda: sorted(csv.list_dialects()))
t(lambda: csv.field_size_limit())
t(lambda: csv.field_size_limit('x'))
t(lambda: csv.field_size_limit(1, 2))
def w(rows, **kw):
    f = StringIO.StringIO(); wr = csv.writer(f, **kw)
    for r in rows: wr.writerow(r)
    return f.getvalue()
t(lambda: w([[1, 2.5, None, 'a,b', 'q"q', 'l\nm', '', 1.0/3, True, 10**20]]))
t(lambda: w([['']]))
t(lambda: w([[]]))
t(lambda: w([['', '']]))
t(lambda: w([['']], quoting=csv.QUOTE_NONE))
t(lambda: w([['a,b']], quoting=csv.QUOTE_NONE))
t(lambda: w([['a,b', 'c"d']], quoting=csv.QUOTE_NONE, escapechar='\\'))
t(lambda: w([[1, 'a', None, 2.5]], quoting=csv.QUOTE_NONNUMERIC))
t(lambda: w([[1, 'a']], quoting=csv.QUOTE_ALL))
t(lambda: w([['a"b']], doublequote=False))
t(lambda: w([['a"b']], doublequote=False, escapechar='\\'))
t(lambda: w([['a\\b']], escapechar='\\'))
t(lambda: w([['x', 'y']], lineterminator='\n', delimiter='\t'))
t(lambda: w([5]))
t(lambda: w(['abc']))
t(lambda: csv.writer(StringIO.StringIO()).writerows([[1], [2]]))
class D(csv.Dialect): pass
t(lambda: D())
class D2(csv.Dialect):
    delimiter = ','; quotechar = '"'; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
t(lambda: D2().delimiter)
class D3(csv.excel): delimiter = ';;'
t(lambda: D3())
t(lambda: csv.excel_tab.delimiter)
d = csv.get_dialect('excel'); print d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d.strict

# DictReader / DictWriter
f = StringIO.StringIO('name,age,city\r\nbob,5,x\r\n\r\nann,7\r\ncid,1,y,extra,more\r\n')
dr = csv.DictReader(f, restkey='rest', restval='?')
print dr.fieldnames, dr.line_num
for row in dr:
    print sorted(row.items()), dr.line_num
dr = csv.DictReader(['a;b', '1;2'], delimiter=';')
print [sorted(r.items()) for r in dr]
dr = csv.DictReader(['1,2'], fieldnames=['x', 'y'])
print [sorted(r.items()) for r in dr]
print csv.DictReader([]).fieldnames
out = StringIO.StringIO()
dw = csv.DictWriter(out, ['a', 'b', 'c'], restval='-')
dw.writeheader()
dw.writerow({'a': 1, 'c': 'x,y'})
dw.writerows([{'b': 2}, {'a': None}])
print repr(out.getvalue())
t(lambda: dw.writerow({'a': 1, 'zz': 2}))
dw2 = csv.DictWriter(out, ['a'], extrasaction='ignore')
t(lambda: dw2.writerow({'a': 1, 'zz': 2}))
t(lambda: csv.DictWriter(out, ['a'], extrasaction='bad'))

# reader details
r = csv.reader(['a,b\n', 'c,"d\n', 'e"\n', 'f\n'])
print r.next(), r.line_num, r.next(), r.line_num, r.next(), r.line_num
print r.dialect.delimiter, r.dialect.quoting
t(lambda: r.next())
print list(csv.reader(['"a"b,c', ' "x" ,y', 'p,"q"  ']))
print list(csv.reader(['a|b|"c|d"'], delimiter='|'))
print list(csv.reader(["'a,b',c"], quotechar="'"))
print list(csv.reader(['a,"b,c'], quoting=csv.QUOTE_NONE))
print list(csv.reader(['a\\', 'b'], escapechar='\\'))
print list(csv.reader(['"a\\', 'b"'], escapechar='\\'))
print list(csv.reader(['x\ty\tz'], dialect='excel-tab'))
print list(csv.reader(['x\ty'], csv.excel_tab))
print list(csv.reader(['', '', 'a']))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print repr(d.delimiter), d.quoting, repr(d.lineterminator), d.doublequote
print list(csv.reader(['1|"2"'], 'pipes'))
out = StringIO.StringIO()
csv.writer(out, 'pipes').writerows([[1, 2], ['a|b', None]])
print repr(out.getvalue())
csv.register_dialect('semi', csv.excel, delimiter=';')
print sorted(csv.list_dialects())
csv.unregister_dialect('pipes')
csv.unregister_dialect('semi')
print sorted(csv.list_dialects())
t(lambda: setattr(d, 'delimiter', ';'))
old = csv.field_size_limit(5)
print old, csv.field_size_limit()
t(lambda: list(csv.reader(['abcdef'])))
t(lambda: list(csv.reader(['abcde,xy'])))
csv.field_size_limit(old)
print csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE
print issubclass(csv.Error, Exception)

# round trip of awkward values
rows = [['plain', 'com,ma', 'quo"te', 'new\nline', '', ' lead', 'trail '],
        [1, -2.5, 1e100, None, 0]]
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'doublequote': False, 'escapechar': '\\'}, {'delimiter': '\t', 'lineterminator': '\n'}]:
    out = StringIO.StringIO()
    csv.writer(out, **kw).writerows(rows)
    text = out.getvalue()
    print repr(text)
    print list(csv.reader(StringIO.StringIO(text), **kw))

# Sniffer
s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'name\tage\nbob\t5\nann\t7\n',
               '"x","y"\n"1","2"\n', "'a', 'b'\n'c', 'd'\n", 'a:b\nc:d\n',
               'id,score\n1,2.5\n2,3.5\n3,4.0\n']:
    d = s.sniff(sample)
    print repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, s.has_header(sample)
print repr(s.sniff('a|b\nc|d', delimiters='|').delimiter)
