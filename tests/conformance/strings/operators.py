# String concatenation, repetition, membership and comparison.
print 'ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, repr('ab' * -1)
print 'a' in 'abc', 'z' in 'abc', '' in '', 'abc' in 'abc', 'abcd' in 'abc'
print 'abc' == 'abc', 'abc' != 'abd', 'abc' < 'abd', 'Z' < 'a', 'abc' < 'abcd'
print 'b' > 'abc', 'a' <= 'a', 'b' >= 'c'
print max('hello'), min('hello'), sorted('hello')
print cmp('a', 'b'), cmp('b', 'a'), cmp('x', 'x')
s = ''
for i in range(5):
    s += str(i)
print s
print str(12) + str(3.5) + str(None) + str(True) + str([1, 'a'])
print len('a' * 100), ('-' * 10)
print 'x'.join(['a', 'b', 'c']), ''.join(reversed('abc'))
print ord('a'), chr(97), ord('\n'), chr(0x41), ord('\xff')
print 'abc' * 2 == 'abcabc', 'ab' + 'c' is not None
