# __setattr__/__delattr__ wrappers refuse wrong arities in their own words; bin/hex/oct of
# values without __index__/__hex__/__oct__ say which conversion failed.
def t(label, f):
    try:
        print label, '=>', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
for v in [7, 1.5, 7L, True, object(), type]:
    t('delattr0', lambda: v.__delattr__())
    t('delattr3', lambda: v.__delattr__(1, 2, 3))
    t('setattr1', lambda: v.__setattr__('a'))
for v in [len, 1.5, 'a', [], None]:
    t('bin', lambda: bin(v))
    t('hex', lambda: hex(v))
    t('oct', lambda: oct(v))
