# json.loads over unicode text: characters kept, escapes and surrogate pairs
# decoded, and the encoding argument checked as 2.7 does.
import json
print repr(json.loads(u'"z\U0001d120x"')), repr(json.loads('"z\\ud834\\udd20x"')), repr(json.loads(u'"a\\u00e9\\n\\ud800"'))
print repr(json.loads(u'["\u00e9", {"k\u00e9": "v"}]'))
print repr(json.loads('"\xc3\xa9"')), repr(json.loads('"\xe9"', 'latin-1'))
for args in [('"a"', u"rat\xe9"), ('"a"', 1), (u'"abc',), (u'"a\\x"',), (u'"a\x01"',)]:
    try: print json.loads(*args)
    except Exception as e: print type(e).__name__, e
