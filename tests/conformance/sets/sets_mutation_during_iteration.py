# Changing a set's size while iterating over it raises RuntimeError.
s = set(range(5))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print 'RuntimeError:', e
print len(s) < 10
s = set([1, 2, 3])
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print 'RuntimeError:', e
print len(s)
fs = set('abc')
try:
    for ch in fs:
        fs.remove(ch)
        fs.add(ch.upper())
    print 'same size: no error', sorted(fs)
except RuntimeError as e:
    print 'RuntimeError:', e
