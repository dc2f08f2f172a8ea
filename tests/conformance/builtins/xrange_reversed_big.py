from itertools import islice
for args in [(10,), (0, 10, 3), (10, 0, -3), (5, 5), (-4294967298, -2147483650, 1), (0, 2**62, 2**61), (2**62, -2**62, -2**61), (-2**63, 2**63 - 1, 2**62), (3, 2**63 - 1, 2**62), (0, -2**63, -2**62)]:
    r = reversed(xrange(*args))
    print args, list(islice(r, 5))
for args in [(-2**63, 0), (0, 2**63 - 1), (2**63 - 1, -2**63, -1), (-2**63, 2**63 - 1, 2)]:
    try:
        print len(xrange(*args))
    except OverflowError as e:
        print 'OverflowError', e
for args in [(2**64,), (0, -2**64), (0, 1, 2**64)]:
    try:
        xrange(*args)
    except OverflowError as e:
        print 'OverflowError', e
