# A fixed-seed random sequence of operations on dicts and sets with int and
# str keys, printing the iteration order after every step.  The order is
# CPython 2.7's hash-table order, including dummy reuse and resizes.
import random

rng = random.Random(20240607)

def rand_key(kind):
    if kind == 'int':
        return rng.randrange(-50, 200)
    if kind == 'big':
        return rng.randrange(0, 1 << 40) * 8
    if kind == 'str':
        return 'k%d' % rng.randrange(0, 120)
    return rng.choice([rng.randrange(0, 64), 'w%d' % rng.randrange(0, 64), (rng.randrange(5), 'x')])

def dict_run(kind, steps):
    print 'dict', kind
    d = {}
    for step in range(steps):
        op = rng.choice(['set', 'set', 'set', 'set', 'del', 'del', 'pop', 'popitem',
                         'update', 'copy', 'setdefault', 'fromkeys'])
        if op == 'set':
            k = rand_key(kind)
            d[k] = step
        elif op == 'del':
            if d:
                k = rng.choice(sorted(d, key=repr))
                del d[k]
        elif op == 'pop':
            d.pop(rand_key(kind), None)
        elif op == 'popitem':
            if d:
                d.popitem()
        elif op == 'update':
            d.update((rand_key(kind), step) for _ in range(rng.randrange(1, 6)))
        elif op == 'copy':
            d = d.copy() if rng.random() < 0.5 else dict(d)
        elif op == 'setdefault':
            d.setdefault(rand_key(kind), step)
        elif op == 'fromkeys':
            d = dict.fromkeys(d, step)
        print step, op, len(d), d.keys()

def set_run(kind, steps):
    print 'set', kind
    s = set()
    for step in range(steps):
        op = rng.choice(['add', 'add', 'add', 'add', 'discard', 'remove', 'pop', 'update',
                         'copy', 'ior', 'iand', 'isub', 'ixor', 'frozen'])
        if op == 'add':
            s.add(rand_key(kind))
        elif op == 'discard':
            s.discard(rand_key(kind))
        elif op == 'remove':
            if s:
                s.remove(rng.choice(sorted(s, key=repr)))
        elif op == 'pop':
            if s:
                s.pop()
        elif op == 'update':
            s.update([rand_key(kind) for _ in range(rng.randrange(1, 6))])
        elif op == 'copy':
            s = s.copy() if rng.random() < 0.5 else set(s)
        elif op == 'ior':
            s |= set(rand_key(kind) for _ in range(rng.randrange(1, 8)))
        elif op == 'iand':
            other = set(rand_key(kind) for _ in range(40))
            other.update(rng.sample(sorted(s, key=repr), len(s) * 3 // 4))
            s &= other
        elif op == 'isub':
            s -= set(rand_key(kind) for _ in range(rng.randrange(1, 6)))
        elif op == 'ixor':
            s ^= set(rand_key(kind) for _ in range(rng.randrange(1, 6)))
        elif op == 'frozen':
            s = set(frozenset(s))
        print step, op, len(s), list(s)

for kind in ['int', 'str', 'big', 'mixed']:
    dict_run(kind, 120)
for kind in ['int', 'str', 'big', 'mixed']:
    set_run(kind, 120)

# A long run printing only a digest every 500 steps.
def digest(items):
    h = 0
    for k in items:
        h = (h * 1000003 ^ hash(k)) & 0xffffffff
    return h

d = {}
s = set()
for step in range(6000):
    k = rng.randrange(0, 3000)
    r = rng.random()
    if r < 0.6:
        d['s%d' % k] = step
        s.add(k)
    elif r < 0.9:
        d.pop('s%d' % k, None)
        s.discard(k)
    elif r < 0.95:
        if d:
            d.popitem()
        if s:
            s.pop()
    else:
        d = dict(d)
        s = set(s)
    if step % 500 == 499:
        print step, len(d), len(s), d.keys()[:8], list(s)[:8], digest(d), digest(s)
