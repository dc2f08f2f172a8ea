import pickle
for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**63, -2**63, 2**64 - 1, (1 << 2040) - 1, -(1 << 2040), (1 << 2048) + 1, -(1 << 2056) - 1]:
    e = pickle.encode_long(n)
    print len(e), e.encode('hex')[:20], pickle.decode_long(e) == n
big = long("deadbeeffeedface", 16)
big += big << 100000
for n in (big, -big):
    for proto in (0, 1, 2):
        print proto, pickle.loads(pickle.dumps(n, proto)) == n
