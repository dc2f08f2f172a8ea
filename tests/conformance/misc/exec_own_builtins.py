# globals with their own __builtins__ dict: names resolve there only
import pickle
b = {'pickle': pickle, '__import__': __import__}
d = {}
exec "def f(): return pickle.dumps(0)" in {'__builtins__': b}, d
print repr(d['f']())
exec "def g(): return len('abc')" in {'__builtins__': b}, d
try:
    d['g']()
except NameError as e:
    print 'NameError', e
b['len'] = lambda x: 42
print d['g']()
g2 = {}
exec "def h(): return len('abc')" in g2
print g2['h']()
