# Found by the fuzzer: slice.indices() reported a stop of 0 when the stop
# was an object with __index__ or a long too big for a machine int.
class I(object):
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class J(object):
    pass
cases = [
    slice(I(2)), slice(I(1), I(4)), slice(I(2), I(2), I(2)), slice(None, I(-1)),
    slice(I(4), I(0), I(-1)), slice(None, I(-9), -1), slice(2**70), slice(-2**70),
    slice(None, 2**70, -1), slice(-2**70, 2**70, 3), slice(None, -2**70, -2),
    slice(1, 2L), slice(None, I(2**70)), slice(True, 3),
]
for n in (0, 5, 10):
    print n, [s.indices(n) for s in cases]
for bad in (slice(J()), slice('a'), slice(1, 2, 0), slice(None, 1.5)):
    try:
        print bad.indices(5)
    except Exception as e:
        print type(e).__name__ + ':', e
print range(10)[I(2):I(8):I(3)], 'abcdef'[I(-3):], (1, 2, 3)[:I(2**70)]
