# find, rfind, index, rindex, count, startswith, endswith.
s = 'hello world, hello'
print s.find('o'), s.find('o', 5), s.find('o', 5, 7), s.find('xyz'), s.find('')
print s.rfind('o'), s.rfind('o', 0, 10), s.rfind('xyz'), s.rfind('hello')
print s.index('world'), s.rindex('l'), s.find('hello', 1), s.find('h', -5)
try:
    s.index('xyz')
except ValueError as e:
    print 'ValueError:', e
try:
    s.rindex('xyz')
except ValueError as e:
    print 'ValueError:', e
print s.count('l'), s.count('hello'), s.count('x'), s.count(''), 'aaaa'.count('aa')
print s.count('l', 5), s.count('l', 5, 12)
print s.startswith('hello'), s.startswith('world'), s.startswith('world', 6)
print s.endswith('hello'), s.endswith('world'), s.endswith('world', 0, 11)
print s.startswith(('x', 'he')), s.endswith(('lo', 'zz')), s.startswith(()), s.endswith('')
print 'abc'.find('c', -1), 'abc'.find('a', -1), 'abc'.find('', 3), 'abc'.find('', 4)
