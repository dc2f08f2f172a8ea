# C integer arguments ("i"/"l"/"n" formats in 2.7) go through __int__, not
# __index__; indexing, slicing and repetition go through __index__.
def t(label, f):
    try:
        print label, '=>', repr(f())
    except Exception as e:
        print label, '->', type(e).__name__ + ':', e

class OnlyIndex(object):
    def __index__(self): return 3
class OnlyInt(object):
    def __int__(self): return 4
class Both(object):
    def __index__(self): return 3
    def __int__(self): return 4
class BadInt(object):
    def __int__(self): return 'x'
class BigInt(object):
    def __int__(self): return 2 ** 70
class MyFloat(float): pass

for o in [OnlyIndex(), OnlyInt(), Both(), BadInt(), BigInt(), MyFloat(1.0), 2 ** 70, 1.5, True, 'a']:
    name = type(o).__name__
    t(name + ' chr', lambda: chr(o))
    t(name + ' unichr', lambda: unichr(o))
    t(name + ' xrange', lambda: list(xrange(o)))
    t(name + ' range', lambda: range(o))
    t(name + ' ljust', lambda: 'a'.ljust(o))
    t(name + ' center', lambda: 'a'.center(o, '*'))
    t(name + ' pop', lambda: [1, 2, 3, 4, 5].pop(o))
    t(name + ' insert', lambda: [1, 2, 3, 4, 5].insert(o, 0))
    t(name + ' getslice', lambda: [1, 2, 3, 4, 5].__getslice__(o, 10))
    t(name + ' seq*n', lambda: [1] * o)
    t(name + ' n*seq', lambda: o * (1,))
    t(name + ' index', lambda: [1, 2, 3, 4, 5][o])
    t(name + ' str index', lambda: 'abcdef'[o])
    t(name + ' slice', lambda: 'abcdef'[o:])
    t(name + ' %d', lambda: '%d' % o)
    t(name + ' %c', lambda: '%c' % o)
