# Found by the fuzzer (hang under load): comparing two self-containing lists
# or dicts. CPython raises RuntimeError at once; minipy takes seconds and
# ~300 MB of native stack to reach the limit, and words the message without
# CPython's " in cmp".
L = []
L.append(L)
M = []
M.append(M)
d = {}
d[1] = d
e = {}
e[1] = e
for label, f in [('L == M', lambda: L == M), ('L < M', lambda: L < M), ('d == e', lambda: d == e),
                 ('[L] == [M]', lambda: [L] == [M])]:
    try:
        r = f()
        print label, r
    except RuntimeError as exc:
        print label, 'RuntimeError:', exc
