# json.loads gives unicode strings (keys too); dumps escapes unicode input.
import json
print json.loads('{"a": [1, "x\\u00e9"], "b": "caf\xc3\xa9"}')
print json.dumps(json.loads('{"a": "b\\u00e9"}'))
print json.dumps({u'a': u'\xe9', 'b': 'x'}), json.dumps(u'\xe9', ensure_ascii=False) == u'"\xe9"'
print json.dumps([u'abc', 1]), json.loads('"abc"'), repr(json.loads('"abc"')), type(json.loads('["k"]')[0])
