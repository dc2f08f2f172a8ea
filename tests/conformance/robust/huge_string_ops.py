# minipy-test: ulimit-v=4000000
# Huge strings under a 4 GB address-space limit: each step either finishes
# quickly or raises MemoryError (no hang, no abort).
def t(label, f):
    try:
        r = f()
        print label, 'ok', len(r)
    except (MemoryError, OverflowError) as e:
        print label, type(e).__name__
big = 'a' * 2**31
print len(big), big[-1]
t('replace', lambda: 'ab'.replace('a', big))
t('percent', lambda: '%s' % big)
t('percent2', lambda: '%s%s' % (big, big))
t('concat', lambda: big + 'b')
t('format', lambda: '{0}{0}'.format(big))
del big
t('bytearray', lambda: bytearray(2**32))
t('repeat', lambda: 'ab' * 2**31)
