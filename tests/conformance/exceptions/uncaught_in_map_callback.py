# Uncaught ValueError raised inside a map() callback.
def parse(s):
    return int(s)
vals = ['1', '2', 'three']
print map(parse, vals[:2])
print map(parse, vals)
