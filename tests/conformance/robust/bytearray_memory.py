# minipy-test: ulimit-v=1000000
# Under a 1 GB address-space limit a bytearray that cannot fit raises
# MemoryError (caught), and the interpreter goes on.
def t(label, f):
    try:
        r = f()
        print label, 'ok', len(r)
    except MemoryError as e:
        print label, 'MemoryError', repr(e.args)
def grow():
    b = bytearray('x')
    while True:
        b += b[:]
def app():
    b = bytearray(2**20)
    while True:
        b.extend(b[:2**20])
t('new', lambda: bytearray(2**31))
t('big', lambda: bytearray(2**40))
t('mul', lambda: bytearray('ab') * 2**31)
t('imul', lambda: bytearray('ab').__imul__(2**31))
t('grow', grow)
t('extend', app)
t('small', lambda: bytearray(2**20))
b = bytearray(2**27)
print len(b), b[-1], b.count('\x00') == len(b)
