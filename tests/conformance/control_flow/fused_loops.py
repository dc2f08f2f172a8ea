# For loops run as fused instructions (ForIterStore at the head, ForIterBack
# closing the body; `total += x` as one instruction): break, continue, else,
# nested loops, comprehensions, empty and exhausted iterators, and errors
# raised while fetching the next item keep CPython's behaviour and lines.
def loops():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append('else-not-run')
    for j in []:
        out.append(j)
    else:
        out.append('else-empty')
    for k in xrange(3):
        for m in 'ab':
            if m == 'b':
                continue
            out.append((k, m))
        else:
            out.append('inner-else')
    total = 0
    for n in range(10):
        total += n * 2
    total2 = 0.5
    for n in [1.5, 2.5]:
        total2 += n
    s = ''
    for c in 'xyz':
        s += c
    out.append((total, total2, s, n, c))
    return out

print loops()
print [x * 2 for x in range(4)], x
print sorted(set(y for y in 'hello'))
print dict((z, z * z) for z in range(3))

def gen():
    yield 1
    yield 2
    raise ValueError('boom')

def consume():
    got = []
    for v in gen():
        got.append(v)
    return got

try:
    consume()
except ValueError as e:
    import traceback
    traceback.print_exc()

def unbound_add():
    for q in range(2):
        acc += q

try:
    unbound_add()
except UnboundLocalError as e:
    print 'UnboundLocalError', e

class Weird(object):
    def __init__(self):
        self.v = 0
    def __iadd__(self, other):
        self.v += other
        return self

def objs():
    w = Weird()
    for i in range(4):
        w += i
    lst = []
    for i in range(3):
        lst += [i]
    return w.v, lst

print objs()
