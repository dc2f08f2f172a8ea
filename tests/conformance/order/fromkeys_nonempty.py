# dict.fromkeys through a dict subclass whose __new__ returns a non-empty dict:
# 2.7 presizes only an empty target (this once panicked).
for k in [0, 1, 3, 5, 6, 10, 20]:
    for n in [1, 3, 6, 12, 25]:
        d = {i : i for i in range(k)}
        class bd(dict):
            def __new__(cls):
                return d
        s = set('k%d' % j for j in range(n))
        r = bd.fromkeys(s)
        print k, n, r.keys()
        d = {i : i for i in range(k)}
        r = bd.fromkeys(dict.fromkeys(s))
        print k, n, r.keys()
