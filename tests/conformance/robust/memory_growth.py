# minipy-test: ulimit-v=400000
# Under a 400 MB address-space limit: padding to a width that does not fit,
# list() of a huge iterator, and dicts/sets grown without bound raise
# MemoryError (caught, the script goes on) instead of killing the process.
def set_grow():
    s = set()
    i = 0
    while True:
        s.add(i)
        i += 1
tests = [
    ('center', lambda: 'abc'.center(2**32)),
    ('ljust', lambda: 'abc'.ljust(2**32, '*')),
    ('rjust', lambda: 'abc'.rjust(2**32)),
    ('zfill', lambda: '-12'.zfill(2**32)),
    ('list-xrange', lambda: list(xrange(2**32))),
    ('tuple-xrange', lambda: tuple(xrange(2**32))),
    ('fromkeys', lambda: dict.fromkeys(xrange(2**32))),
    ('set-grow', set_grow),
    ('bytearray', lambda: bytearray(2**32)),
    ('bytearray-rep', lambda: bytearray('ab') * 2**31),
    ('format-width', lambda: '{:>3900000000}'.format('a')),
    ('format-int', lambda: format(1, '3900000000d')),
    ('pct-width', lambda: '%3900000000d' % 1),
]
for name, f in tests:
    try:
        f()
        print name, 'no error'
    except MemoryError as e:
        print name, 'MemoryError', e.args
    except OverflowError as e:
        print name, 'OverflowError', e
# Everything was given back: ordinary work still succeeds.
print len('abc'.center(10)), len(list(xrange(1000))), len(dict.fromkeys(range(100)))
print 'alive'
