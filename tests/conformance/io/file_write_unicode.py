# file.write of unicode (default encoding), buffers, and the refusals of
# binary and text files.
import tempfile, os; _p = tempfile.mktemp()
f = open(_p, 'wb'); f.write(u'abc')
try: f.write(u'\xe9')
except Exception as e: print type(e), e
try: f.write(3)
except Exception as e: print type(e), e
f.write(buffer('xy')); f.write(bytearray('zz')); f.close(); print open(_p).read()
f = open(_p, 'w')
try: f.write(3)
except Exception as e: print type(e), e
f.write(u'text'); f.close(); print open(_p).read()
os.remove(_p)
