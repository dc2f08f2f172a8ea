# minipy-test: ulimit-v=2000000
# The combinatoric iterators make their index arrays when they are made:
# a huge r is a MemoryError there (caught), never an abort, even when r is
# larger than the pool; r beyond a C long is an OverflowError.
import itertools


def t(label, f):
    try:
        it = f()
        print label, 'made', next(it, 'end')
    except (MemoryError, OverflowError, ValueError) as e:
        print label, type(e).__name__, e


t('cwr 2**31', lambda: itertools.combinations_with_replacement('ab', 2**31))
t('cwr empty 2**31', lambda: itertools.combinations_with_replacement('', 2**31))
t('cwr 2**62', lambda: itertools.combinations_with_replacement('ab', 2**62))
t('cwr 2**64', lambda: itertools.combinations_with_replacement('ab', 2**64))
t('comb 2**31', lambda: itertools.combinations('ab', 2**31))
t('comb 2**62', lambda: itertools.combinations(range(5), 2**62))
t('perm 2**31', lambda: itertools.permutations('ab', 2**31))
t('product 2**31', lambda: itertools.product('ab', repeat=2**31))
t('product 2**40', lambda: itertools.product('ab', 'cd', repeat=2**40))
t('product -1', lambda: itertools.product('ab', repeat=-1))
t('cwr -1', lambda: itertools.combinations_with_replacement('ab', -1))
# Small ones still work after the failures.
print list(itertools.combinations_with_replacement('ab', 2))
print list(itertools.permutations('abc', 2))[:3], len(list(itertools.product('ab', repeat=10)))
