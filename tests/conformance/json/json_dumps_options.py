# json.dumps/dump: every option, 2.7's trailing spaces with indent, error texts
import json
import StringIO


def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps({(1, 2): 3}, indent=2))
t(lambda: json.dumps({(1, 2): 3}, sort_keys=True))
t(lambda: json.dumps({1.5: 3, True: 1, None: 2, 10L: 3}, sort_keys=True))
t(lambda: json.dumps([float('nan')], allow_nan=False))
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([float('nan')], allow_nan=False, indent=1))
t(lambda: json.dumps({float('inf'): 1}, allow_nan=False))
t(lambda: json.dumps({float('inf'): 1}, allow_nan=False, sort_keys=True))
t(lambda: json.dumps({float('inf'): 1}))
t(lambda: json.dumps([float('-inf'), float('nan')]))


class Opaque(object):
    def __repr__(self):
        return 'Opaque()'

t(lambda: json.dumps(Opaque()))
t(lambda: json.dumps([Opaque()], indent=1))
t(lambda: json.dumps([Opaque()], default=lambda o: {'opaque': True}))
a = []
a.append(a)
t(lambda: json.dumps(a))
t(lambda: json.dumps(a, indent=1))
d = {}
d['self'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps([[1], [1]], check_circular=False))
t(lambda: json.dumps({'a': [1, 2, {'b': None}], 'c': {}, 'd': []}, indent=4, sort_keys=True))
t(lambda: json.dumps('\xc3\xa9\x7f\x1f"\\/\n\x00\r\t\b\f'))
t(lambda: json.dumps('\xc3\xa9\x7f\x1f"\\/\n\x00', ensure_ascii=False))
t(lambda: json.dumps('\xff'))
t(lambda: json.dumps('\xf0\x9f\x98\x80'))
t(lambda: json.dumps([1.1, 1e16, 1e-7, 3.0, -0.0, 10 ** 20, 2 ** 64, 1e22, 0.1, 1.0 / 3]))
t(lambda: json.dumps({'a': 1}, separators=(',', ':')))
t(lambda: json.dumps([1, [2]], indent=0))
t(lambda: json.dumps({'x': set()}, skipkeys=True))
t(lambda: json.dumps({'x': 1, (1,): 2}, skipkeys=True))
t(lambda: list(json.JSONEncoder().iterencode([1, {'a': 2}])))
t(lambda: list(json.JSONEncoder(indent=2).iterencode([1, {'a': 2}])))
t(lambda: json.dumps('\xe9', encoding='latin-1'))
t(lambda: json.dumps(5, foo=1))
t(lambda: json.dumps((1, 2), indent=2, separators=(',', ': ')))
t(lambda: json.dumps([True, False, None, 1L, "s"], sort_keys=True))
t(lambda: json.dumps([[], {}, [[]], {'a': {}}], indent=3))
t(lambda: json.dumps({'b': 1, 'a': [1, 2], 'c': 'x'}, sort_keys=True, indent=2,
                     separators=(',', ' = ')))
t(lambda: json.dumps("plain"))
t(lambda: json.dumps(None))
t(lambda: json.dumps(True))
t(lambda: json.dumps(-12345678901234567890))


class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return json.JSONEncoder.default(self, o)

t(lambda: json.dumps({'p': Point(1, 2)}, cls=PointEncoder))
t(lambda: json.dumps(set([1]), cls=PointEncoder))
t(lambda: PointEncoder(sort_keys=True).encode({'z': Point(3, 4), 'a': 1}))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print enc.item_separator == ', ', enc.key_separator, enc.indent
t(lambda: ''.join(enc.iterencode({'k': [1, 2]})))

f = StringIO.StringIO()
json.dump({'a': [1, 2.5, None]}, f)
print repr(f.getvalue())
f = StringIO.StringIO()
json.dump({'b': [1], 'a': 'x'}, f, indent=1, sort_keys=True)
print repr(f.getvalue())

# round trips
for v in [[1, 2.5, 'x', None, True], {'k': {'n': [1, {'m': []}]}}, 0.1, -1e-300]:
    print json.loads(json.dumps(v)) == v
