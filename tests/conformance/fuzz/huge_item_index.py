# Found by the fuzzer: an item index that does not fit a machine int is
# CPython's "cannot fit 'long' into an index-sized integer", not "index out
# of range" (slices still clamp such values).
seqs = [[1, 2], (1, 2), 'ab', bytearray('ab'), xrange(2)]
for s in seqs:
    for i in (2**63, -2**63 - 1, 2**64, 10**20, 1L, -1L):
        try:
            r = s[i]
        except IndexError as e:
            r = 'IndexError: %s' % e
        print type(s).__name__, i, r
    if not isinstance(s, xrange):
        print type(s).__name__, list(s[2**63:]), list(s[-2**70:2**70])
L = [1, 2]
for i in (2**63, -2**63 - 1):
    try:
        L[i] = 5
    except IndexError as e:
        print 'set', i, 'IndexError:', e
    try:
        del L[i]
    except IndexError as e:
        print 'del', i, 'IndexError:', e
print L
