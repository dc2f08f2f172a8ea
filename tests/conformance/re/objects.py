# Pattern, match and scanner objects.
import re

def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print repr(r)

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(x)?')
print p.pattern, p.flags, p.groups, sorted(p.groupindex.items())
m = p.search('  Jane Doe  ')
print m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0, 3)
print m.groups(), m.groups('-'), sorted(m.groupdict().items()), sorted(m.groupdict(0).items())
print m.start(), m.end(), m.span(), m.start(2), m.end('first'), m.span(3), m.start(3)
print m.lastindex, m.lastgroup, m.re is p, repr(m.string), m.pos, m.endpos, m.regs
attempt(m.group, 4)
attempt(m.group, -1)
attempt(m.group, 'nope')
attempt(m.start, 9)
attempt(m.span, 'x')
print m.group(1L), m.group(True)
print m.expand(r'\2, \1 [\g<first>] \g<0>')
attempt(m.expand, r'\3')
attempt(m.expand, r'\5')
attempt(m.expand, r'\g<nope>')

m = re.match(r'(a)(b)?(?:c)(d)?', 'ac')
print m.lastindex, m.lastgroup, m.groups(), m.regs
m = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print m.lastindex, m.lastgroup
m = re.match(r'(a)(?P<n>(b))', 'ab')
print m.lastindex, m.lastgroup
m = re.match(r'a', 'a')
print m.lastindex, m.lastgroup, m.groups(), m.groupdict()
m = re.match(r'((a)|(b))*', 'ab')
print m.groups(), m.lastindex

# pos and endpos
p = re.compile(r'\w+')
print p.match('ab cd', 3).group(), p.match('ab cd', 2), p.search('ab cd', 1, 4).span()
print re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 2).span()
print re.compile('a$').search('aab', 0, 2).span()
print p.search('abc', -5).span(), p.search('abc', 1, 100).span(), p.search('abc', 10)
print p.match('abcdef', 2, 4).group(), p.match('abc', 0, 0), re.compile('').match('abc', 3).span()
print re.compile('x*').match('abc', 2, 1)
m = p.search('ab cd', 1, 4)
print m.pos, m.endpos
print p.findall('ab cd ef', 1, 7)
print [x.span() for x in p.finditer('ab cd ef', 1, 7)]
print re.compile(r'(?<=a)b').search('ab', 1).span()
print re.compile(r'\bb').search('ab', 1)

# keyword arguments
print p.match(pattern='xy').group(), p.search('a b', pos=1).span()
print p.sub(repl='-', string='ab cd', count=1), p.split(string='a b', maxsplit=1)

# scanner
s = re.compile(r'\d+|[a-z]+').scanner('12ab 34')
print s.pattern.pattern
print [s.match().group() for i in range(2)], s.match()
s = re.compile(r'\d+').scanner('a1b22')
print s.search().group(), s.search().group(), s.search()
s = re.compile(r'x*').scanner('ab')
print [s.search().span() for i in range(3)], s.search()

# re.Scanner
def number(scanner, token): return ('num', int(token))
def word(scanner, token): return ('word', token)
scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z]+', word),
    (r'\s+', None),
    (r'[,;]', lambda s, t: t),
])
print scanner.scan('ab 12, cd;34 ?rest')

# copying
import copy
attempt(copy.copy, re.compile('a'))
attempt(copy.copy, re.match('a', 'a'))
