# Deeply nested values: json raises RuntimeError at once (no hang, no crash).
import json
l = []
for i in range(10000):
    l = [l]
d = {}
for i in range(10000):
    d = {'a': d}
for label, f in [('list', lambda: json.dumps(l)), ('dict', lambda: json.dumps(d)),
                 ('sorted', lambda: json.dumps(d, sort_keys=True)), ('ok', lambda: json.dumps(l[0:1] and [[[1]]]))]:
    try:
        print label, f()
    except RuntimeError as e:
        print label, 'RuntimeError', str(e).startswith('maximum recursion depth exceeded')
try:
    json.dumps(l)
except RuntimeError as e:
    print e
s = '[' * 100000 + ']' * 100000
try:
    json.loads(s)
    print 'loaded'
except RuntimeError as e:
    print 'loads RuntimeError', str(e).startswith('maximum recursion depth exceeded')
