# Indexing, negative indices and slicing with steps.
s = 'abcdefghij'
print s[0], s[9], s[-1], s[-10], s[3]
print s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2]
print s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3]
print repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100]
print s[1:-1:3], s[-1:-6:-1], repr(s[0:0])
print len(s), len(''), len(s[::3])
try:
    s[10]
except IndexError as e:
    print 'IndexError:', e
try:
    s[-11]
except IndexError as e:
    print 'IndexError:', e
try:
    s[0] = 'z'
except TypeError as e:
    print 'TypeError:', e
try:
    s[::0]
except ValueError as e:
    print 'ValueError:', e
for ch in 'xyz':
    print ch,
print
print [c for c in 'hello'][::-1]
print 'hello'[1:4][::-1][0]
