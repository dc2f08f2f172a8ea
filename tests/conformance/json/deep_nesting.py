# Deeply nested values encode in time linear in their size (nested
# generators made every chunk pay one step per level), and nesting past the
# recursion limit is a RuntimeError naming the encoder.
import sys, json
sys.setrecursionlimit(20000)

def nest_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x

def nest_dict(n):
    x = {}
    for i in range(n):
        x = {'k': x}
    return x

for n in (10, 1000, 8000):
    s = json.dumps(nest_list(n))
    print n, len(s), s[:12], json.loads(s) == nest_list(n)
    print n, len(json.dumps(nest_dict(n)))
print json.dumps([[1, [2, {'a': [3, (4, 5)]}]], {}], sort_keys=True, indent=1)
try:
    json.dumps(nest_list(30000))
except RuntimeError as e:
    print 'RuntimeError:', e
