# minipy-test: ulimit-v=2000000
# Found by the fuzzer: padding unicode to a huge width raised no MemoryError
# (the interpreter aborted on an 8 GB request).
for name in ['center', 'ljust', 'rjust', 'zfill']:
    try:
        r = getattr(u'', name)(2**31 - 1)
        print name, len(r)
    except MemoryError:
        print name, 'MemoryError'
print u'ab'.center(6, u'*'), u'-3'.zfill(4)
