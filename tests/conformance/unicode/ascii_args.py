# float.fromhex and array typecodes take unicode through ASCII.
import array
print float.fromhex(u' 0x1p1 ')
for x in [u'0x1p\uff10', u'\xe9']:
    try: float.fromhex(x)
    except Exception as e: print type(e).__name__, e
print array.array(u'b', [1])
for x in [u'\xe9', u'bb']:
    try: array.array(x)
    except Exception as e: print type(e).__name__, e
