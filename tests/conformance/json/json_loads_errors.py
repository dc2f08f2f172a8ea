# json.loads: values, hooks and CPython 2.7's exact error messages
import json


def norm(x):
    # CPython returns unicode; print everything as UTF-8 str
    if isinstance(x, unicode):
        return x.encode('utf-8')
    if isinstance(x, list):
        return [norm(v) for v in x]
    if isinstance(x, tuple):
        return tuple(norm(v) for v in x)
    if isinstance(x, dict):
        return sorted((norm(k), norm(v)) for k, v in x.items())
    return x


def t(f):
    try:
        print repr(norm(f()))
    except Exception as e:
        print type(e).__name__, e

for s in ['{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '[', '[1', '[1,', '[1,]',
          '', ' ', 'x', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '[1] x', '1 2',
          '{"a" 1}', '{1:2}', 'nul', 'tru', '-', '01', '1.', '1e', '[1 2]',
          '{"a":1 "b":2}', '\n\n  {\n  "a": }', '"\\ud800\\udc00"', '"\\u00e9"',
          '-Infinity', 'NaN', '[Infinity]', '1.5e3', '-0', '[-]', '{"a":1,}',
          '"abc\\', '  \n[\n1\n,\n  ]', '\n\n[1, 2\n\n  x', '[1]\n\n  x\nyy',
          '[1.5E+2, 2e-2, -12, 0.25, 1e400, 123456789012345678901234567890]',
          '{"a": {"b": [1, {"c": null}]}, "d": true, "e": false}',
          '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '  "x"  ', '[[[]]]', '{"a": {}}',
          '"\\uzzzz"', '"\\u12345"', '{"a":1}}', '"\xc3\xa9"', '"\xe9"']:
    try:
        print repr(s), repr(norm(json.loads(s)))
    except Exception as e:
        print repr(s), type(e).__name__, e

t(lambda: json.loads('[1.0, 2, "x", {"a": [true, false, null]}]',
                     parse_float=str, parse_int=lambda s: 'I' + s))
t(lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
t(lambda: json.loads('{"b": 1, "a": 2}', object_hook=lambda p: sorted(p.items())))
t(lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p,
                     object_hook=lambda p: 'never'))
t(lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
t(lambda: json.JSONDecoder().raw_decode('[1] xx'))
t(lambda: json.JSONDecoder().raw_decode(' [1] xx'))
t(lambda: json.JSONDecoder().raw_decode('xx [1] xx', 3))
t(lambda: json.loads('"a\tb"', strict=False))
t(lambda: json.loads('"a\tb"'))
t(lambda: json.loads('{}', object_pairs_hook=lambda p: p))
t(lambda: json.loads('1', cls=json.JSONDecoder))
t(lambda: json.loads(5))
t(lambda: json.loads('"\xe9"', encoding='latin-1'))


class MyDecoder(json.JSONDecoder):
    def decode(self, s):
        return ['wrapped', json.JSONDecoder.decode(self, s)]

t(lambda: json.loads('[1]', cls=MyDecoder))
t(lambda: json.decoder.scanstring('"abc" tail', 1))
t(lambda: json.decoder.scanstring('x\\ny"', 0))

import StringIO
t(lambda: json.load(StringIO.StringIO('{"k": [1, 2]}')))
