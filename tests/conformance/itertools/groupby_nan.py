# groupby compares keys with identity first, as CPython: a nan key is
# equal to itself, so its group holds its item (a fuzzer found a hang here).
from itertools import groupby

nan = float('nan')
print [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6, nan], key=lambda x: x // 3)]
print [(k, list(g)) for k, g in groupby([nan, nan, 1])]
print [k for k, g in groupby([nan] * 3)]
