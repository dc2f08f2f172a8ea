# Recursion through sorted() with a key function that itself sorts.
def key(x):
    return sorted([x], key=key)
try:
    sorted([3, 1, 2], key=key)
except RuntimeError as e:
    print 'sorted key recursion:', 'maximum recursion depth exceeded' in str(e)
def cmp_rec(a, b):
    return cmp(sorted([a, b], cmp=cmp_rec), [])
try:
    sorted([2, 1], cmp=cmp_rec)
except RuntimeError as e:
    print 'sorted cmp recursion:', 'maximum recursion depth exceeded' in str(e)
def mapper(x):
    return map(mapper, [x])
try:
    mapper(1)
except RuntimeError as e:
    print 'map recursion:', 'maximum recursion depth exceeded' in str(e)
def nested_sort(depth):
    if depth == 0:
        return [0]
    return sorted(nested_sort(depth - 1) + [depth], key=lambda v: -v)
print nested_sort(10)
print 'still alive'
