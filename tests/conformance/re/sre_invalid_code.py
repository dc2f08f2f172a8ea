# Garbage code handed to _sre.compile raises RuntimeError('invalid SRE code')
# (CPython at compile time, minipy at the latest when the code runs), never
# a crash or a printed panic.
import _sre
for code in [[99999], [6, 1000], [99999, 1, 1], [6, 77777, 1]]:
    try:
        p = _sre.compile('x', 0, code, 0, {}, [None])
        p.match('x')
        p.search('yx')
        print code, 'ran'
    except RuntimeError as e:
        print code, 'RuntimeError', e
print 'still alive'
