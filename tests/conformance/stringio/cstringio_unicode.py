# cStringIO stores unicode as its ASCII bytes (UnicodeEncodeError otherwise).
import cStringIO
f = cStringIO.StringIO(); f.write(u'abcde'); print repr(f.getvalue())
try: f.write(u'\xf4')
except Exception as e: print type(e).__name__, e
print repr(f.getvalue())
print repr(cStringIO.StringIO(u'abcde').getvalue())
try: cStringIO.StringIO(u'\xf4')
except Exception as e: print type(e).__name__, e
f = cStringIO.StringIO(); f.writelines([u'ab', 'cd']); print repr(f.getvalue())
try: f.write(3)
except Exception as e: print type(e).__name__, e
try: cStringIO.StringIO(3)
except Exception as e: print type(e).__name__, e
