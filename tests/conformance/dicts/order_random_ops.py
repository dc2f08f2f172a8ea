# Randomized check of dict and set iteration order against CPython 2.7:
# insert/delete/update/pop/copy sequences driven by a fixed-seed LCG (the
# script's own, so both interpreters see the same operations).

state = [12345]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def key():
    r = rnd(9)
    if r < 3:
        return rnd(64)
    if r == 3:
        return rnd(2000) - 1000
    if r == 4:
        return 'k%d' % rnd(50)
    if r == 5:
        return (rnd(5), 'x%d' % rnd(5))
    if r == 6:
        return rnd(40) * 0.5
    if r == 7:
        return 2 ** 40 * rnd(8) + rnd(3)
    return u'u%d' % rnd(30)


def dict_round(n):
    d = {}
    out = []
    for step in range(n):
        op = rnd(20)
        if op < 9:
            d[key()] = step
        elif op < 12:
            k = key()
            if k in d:
                del d[k]
            elif d:
                del d[d.keys()[rnd(len(d))]]
        elif op == 12 and d:
            out.append(('popitem', d.popitem()))
        elif op == 13:
            d.setdefault(key(), -step)
        elif op == 14:
            other = dict((key(), i) for i in range(rnd(12)))
            d.update(other)
        elif op == 15:
            d = d.copy()
        elif op == 16:
            d = dict(d)
        elif op == 17:
            d.pop(key(), None)
        elif op == 18 and rnd(6) == 0:
            d.clear()
        else:
            for i in range(rnd(30)):
                d[rnd(100)] = i
        if step % 7 == 0:
            out.append(d.items())
    out.append(d.keys())
    out.append(dict.fromkeys(d).keys())
    out.append(d.values())
    return out


def set_round(n):
    s = set()
    out = []
    for step in range(n):
        op = rnd(22)
        if op < 8:
            s.add(key())
        elif op < 11:
            s.discard(key())
            if s and rnd(2):
                s.discard(list(s)[rnd(len(s))])
        elif op == 11 and s:
            out.append(('pop', s.pop()))
        elif op == 12:
            s = s | set(key() for i in range(rnd(10)))
        elif op == 13:
            s = s & set(list(s)[::2] + [key() for i in range(rnd(10))])
        elif op == 14:
            s = s - set(key() for i in range(rnd(10)))
        elif op == 15:
            s = s ^ set(key() for i in range(rnd(10)))
        elif op == 16:
            s.update([key() for i in range(rnd(10))])
        elif op == 17:
            s.difference_update([key() for i in range(rnd(10))] + list(s)[:rnd(5)])
        elif op == 18:
            s.intersection_update(list(s)[rnd(3):] + [key()])
        elif op == 19:
            s.symmetric_difference_update([key() for i in range(rnd(10))])
        elif op == 20:
            s = set(frozenset(s))
        else:
            s = set(dict.fromkeys(s))
        if step % 7 == 0:
            out.append(list(s))
    out.append(list(s))
    return out


for r in range(12):
    for line in dict_round(40 + r * 15):
        print line
    for line in set_round(40 + r * 15):
        print line

# Literals of many sizes (2.7 presizes displays of more than 5 pairs).
for n in range(1, 30, 3):
    src = '{' + ', '.join('%d: %d' % (rnd(200), i) for i in range(n)) + '}'
    print eval(src)
    print eval('{' + ', '.join(repr('s%d' % rnd(100)) for i in range(n)) + '}')
