# minipy-test: ulimit-v=1000000
# Under a 1 GB address-space limit, growth that cannot fit raises
# MemoryError, which the script catches and survives.
import sys
def dbl():
    s = 'x'
    while True:
        s = s + s
def app():
    l = []
    while True:
        l.append(0)
def comp():
    return [i for i in xrange(2**40)]
def iadd():
    l = [0]
    while True:
        l += l
tests = [
    ('double', dbl), ('append', app), ('comp', comp), ('iadd', iadd),
    ('tuple', lambda: (1,) * 2**31),
    ('list', lambda: [4, 5, 6, 7] * (sys.maxsize // 2)),
    ('join', lambda: ''.join(['x' * 2**20] * 2**12)),
    ('ljust', lambda: 'a'.ljust(2**40)),
    ('center', lambda: 'a'.center(2**40)),
    ('zfill', lambda: 'a'.zfill(2**40)),
    ('expandtabs', lambda: '\t\t'.expandtabs(2**40)),
    ('pct', lambda: '%*d' % (2**40, 1)),
    ('pct2', lambda: '%0*x' % (2**40, 2**200)),
    ('range', lambda: range(2**40)),
    ('range2', lambda: range(2**62)),
]
for name, f in tests:
    try:
        f()
        print name, 'no error'
    except MemoryError as e:
        print name, 'MemoryError'
    except OverflowError as e:
        print name, 'OverflowError', e
print 'alive'
