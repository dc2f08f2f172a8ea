# memoryview() and buffer() refuse bad arguments with 2.7's messages, in
# its order (count, required argument, keywords).
def t(label, f):
    try:
        print label, '=>', f()
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e
t('mv()', lambda: memoryview())
t('mv(a, b)', lambda: memoryview('a', 'b'))
t('mv(x=)', lambda: memoryview(x='a'))
t('mv(object=)', lambda: memoryview(object='ab').tobytes())
t('mv(a, object=)', lambda: memoryview('a', object='b'))
t('mv(1)', lambda: memoryview(1))
t('buffer complex', lambda: buffer('ab', 1j))
t('mv ok', lambda: memoryview(bytearray('xyz'))[1:].tobytes())
