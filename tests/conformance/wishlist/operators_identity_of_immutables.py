# 'is' on computed immutables follows CPython's object identity: small ints
# (-5..256) are shared, larger computed ints are not; the empty tuple and empty
# string are singletons; intern() returns the interned literal.
small_a = int('100')
small_b = int('100')
big_a = int('1000')
big_b = int('1000')
print small_a is small_b, big_a is big_b, big_a == big_b
n = 500
print n + 1 is n + 1, (n + 1) == (n + 1)
print () is (), tuple() is (), tuple([]) is ()
print '' is str(), 'a'[:0] is ''
word = ''.join(['hel', 'lo'])
print word is 'hello', intern(word) is 'hello'
