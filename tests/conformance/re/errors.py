# The messages of bad patterns, templates and calls.
import re

def attempt(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print repr(r)

bad = [
    '(', ')', 'a)', '(a', '((a)', '(?:a', '*', '+a', '?', 'a**', 'a*+', 'a+?*', 'a{1}{2}',
    '{1}', '^*', '$+', r'\b*', '[', '[a', '[a-', '[^', '[]', r'[a-\d]', r'[\d-z]', '[z-a]',
    r'\1', r'(a)\2', r'(a\1)', r'\8', r'[\8]', r'\x', r'\x4', r'[\x]', r'[\x4]', 'a\\',
    '(?P<a>x)(?P<a>y)', '(?P<>x)', '(?P<1a>x)', '(?P<a', '(?P=', '(?P=a)', '(?P=)', '(?P=1)',
    '(?P', '(?Px)', '(?', '(?z)', '(?i', '(?ix', '(?i:a)', '(?<a)', '(?<', '(?#abc',
    '(?(', '(?()a)', '(?(x)a)', '(?(1a)a)', '(?(1)a|b|c)', '(a)(?(1)a|b|c)',
    'a{2,1}', 'a{4294967295}', 'a{1,4294967296}', r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!ab?)c',
    'a{', 'a{1', 'a{1,', 'a{,', '(?x)a # unbalanced )',
]
for p in bad:
    try:
        re.compile(p)
        print repr(p), 'ok'
    except Exception as e:
        print repr(p), type(e).__name__, e

attempt(re.compile, '(x)' * 101)
print len(re.compile('(x)' * 99).match('x' * 99).groups())

# templates
for t in [r'\g<2>', r'\3', r'\g<x>', r'\g<1', '\\', r'\g', r'\g<>', r'\g<-2>', r'\g<1x>']:
    attempt(re.sub, '(a)', t, 'a')
attempt(re.sub, '(a)|b', r'\1', 'b')
attempt(re.compile('a').sub, 1, 'a')
attempt(re.sub, 'a', 'b', None)
attempt(re.findall, 'a', None)
attempt(re.split, 'a', 1)
attempt(re.compile('a').match)
try:
    re.compile('a(')
except re.error as e:
    print type(e), e.args
