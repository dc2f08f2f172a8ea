# %-formatting of long subclasses whose __str__/__oct__/__hex__/__float__
# return odd things, and of objects whose __int__ fails.
class X(long):
    def __str__(self): return result
    def __oct__(self): return result
    def __hex__(self): return result
    def __float__(self): return result
cases = [('%d', ''), ('%d', '-'), ('%d', 'L'), ('%x', 'abc'), ('%x', '0x'), ('%o', 'abc'),
         ('%d', '12L'), ('%d', '-12'), ('%x', '0x1fL'), ('%#x', '0x1f'), ('%o', '017'),
         ('%#o', '017'), ('%5d', '12'), ('%d', 1), ('%X', '0x1f'), ('%-6x', '-0x1f'),
         ('%f', 1), ('%g', 2.5), ('%o', '0'), ('%o', '17'), ('%u', '42')]
for fmt, result in cases:
    try:
        print fmt, repr(result), '->', repr(fmt % X(3))
    except Exception as e:
        print fmt, repr(result), '->', type(e).__name__, e

class IntFails(object):
    def __int__(self):
        raise RuntimeError('no int')
    def __long__(self):
        return 26L
class Y(object):
    def __float__(self): return 1
class Z(object):
    def __float__(self): raise KeyError('z')
for arg in (Y(), Z()):
    try:
        '%f' % arg
    except Exception as e:
        print type(e).__name__, e
for fmt in ('%x', '%d', '%o', u'%X', '%#x'):
    print repr(fmt % IntFails())
class NoLong(object):
    def __int__(self):
        raise RuntimeError('no int')
try:
    '%d' % NoLong()
except Exception as e:
    print type(e).__name__, e
