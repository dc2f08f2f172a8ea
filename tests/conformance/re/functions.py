# Module functions: sub, subn, split, findall, finditer, escape, compile cache.
import re

def attempt(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print repr(r)

# sub and subn, with 2.7's empty-match rules
attempt(re.sub, 'x*', '-', 'abc')
attempt(re.sub, 'x*', '-', 'abxd')
attempt(re.sub, 'x*', '-', '')
attempt(re.sub, 'a|', '-', 'bac')
attempt(re.sub, '', '-', 'ab')
attempt(re.subn, 'a', 'b', 'aaa')
attempt(re.subn, 'a', 'b', 'aaa', 2)
attempt(re.sub, 'a', 'b', 'aaa', -1)
attempt(re.sub, '(a)(b)?', r'[\1|\2]', 'ab a')
attempt(re.sub, '(a)(b)?', r'\2', 'a')
attempt(re.sub, '(a)', r'\2', 'a')
attempt(re.sub, '(a)', r'\2', 'b')
attempt(re.sub, '(?P<n>\w)', r'<\g<n>\g<1>\g<0>>', 'ab')
attempt(re.sub, 'a', r'\n\t\\\q', 'a')
attempt(re.sub, 'a', r'\0\01\101\1010', 'a')
attempt(re.sub, '(a)', r'\10', 'a')
attempt(re.sub, 'a', r'\g<x>', 'a')
attempt(re.sub, 'a', r'\g<1', 'a')
attempt(re.sub, 'a', r'\g', 'a')
attempt(re.sub, 'a', r'\g<-1>', 'a')
attempt(re.sub, 'a', r'\g<a b>', 'a')
attempt(re.sub, 'a', '\\', 'a')
attempt(re.sub, 'a', lambda m: m.group().upper() * 2, 'banana')
attempt(re.sub, 'a', lambda m: None, 'banana')
attempt(re.sub, 'x*', lambda m: '[%s]' % m.group(), 'axxb')
attempt(re.subn, '(?i)B', lambda m: str(m.start()), 'abcb', 1)
attempt(re.sub, r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1b22c333')
p = re.compile(r'(\w+)@(\w+)')
attempt(p.sub, r'\2 at \1', 'joe@home, ann@work')
attempt(p.subn, r'\2 at \1', 'nothing here')

# split
attempt(re.split, r'\W+', 'Words, words, words.')
attempt(re.split, r'(\W+)', 'Words, words, words.')
attempt(re.split, r'\W+', 'Words, words, words.', 1)
attempt(re.split, r'(\W)(x)?', 'a,b,c')
attempt(re.split, 'x*', 'axbc')
attempt(re.split, '', 'abc')
attempt(re.split, r'\b', 'a b')
attempt(re.split, 'a', 'aaa')
attempt(re.split, '(a)', 'bab', 0)
attempt(re.split, 'a', '')
attempt(re.split, 'x*', '')
attempt(re.split, ':', 'a:b:c:d', 2)
attempt(re.split, '(?=b)', 'abab')

# findall and finditer
attempt(re.findall, r'\d+', 'a1b22c333')
attempt(re.findall, r'(\w)=(\d)', 'a=1 b=2 c')
attempt(re.findall, r'(\w)=(\d)?', 'a=1 b= c')
attempt(re.findall, r'(a)|b', 'ab')
attempt(re.findall, 'x*', 'axxb')
attempt(re.findall, '', 'ab')
attempt(re.findall, r'\b', 'ab cd')
attempt(re.findall, '(?m)^', 'a\nb\n')
attempt(re.findall, '(?m)$', 'a\nb\n')
print [m.span() for m in re.finditer('x*', 'axxb')]
print [m.group(1) for m in re.finditer(r'(\w)\d', 'a1 b2 c')]
print [m.span() for m in re.finditer(r'', 'ab')]

# escape
attempt(re.escape, 'a.b*c?d+e[f]g{h}i(j)k|l^m$n\\o')
attempt(re.escape, 'abc_123 -/\0\n\xe9')
attempt(re.escape, '')

# compile, flags, cache, template
p = re.compile('a')
print re.compile(p) is p
attempt(re.compile, p, re.I)
attempt(re.compile, 12)
attempt(re.match, 12, 'a')
attempt(re.match, 'a', 12)
print re.compile('abc', re.I | re.M).flags
print re.compile('(?s)abc').flags
print re.compile('(?iLmsux)abc').flags
print re.compile('a', re.U).flags
re.purge()
print len(re._cache)
re.match('abc', 'abc')
print len(re._cache) >= 1
for i in range(150):
    re.compile('x%d' % i)
print len(re._cache) <= 100
attempt(re.template, 'a*')
print re.template('ab').match('ab').group()
print re.I, re.L, re.M, re.S, re.U, re.X, re.T, re.DEBUG
print re.IGNORECASE, re.LOCALE, re.MULTILINE, re.DOTALL, re.UNICODE, re.VERBOSE, re.TEMPLATE
print re.error is __import__('sre_constants').error
print issubclass(re.error, Exception), re.error.__name__, re.error.__module__
