# Pattern syntax: each case prints what search() finds (span and groups).
import re

def show(pattern, text, flags=0):
    try:
        m = re.search(pattern, text, flags)
    except re.error as e:
        print repr(pattern), 'error:', e
        return
    if m is None:
        print repr(pattern), repr(text), None
    else:
        print repr(pattern), repr(text), m.span(), repr(m.group()), m.groups()

cases = [
    ('abc', 'xxabcxx'), ('a.c', 'a\nc abc'), ('^abc$', 'abc'), ('^b', 'ab'),
    ('a*', 'aaab'), ('a+?', 'aaa'), ('a*?b', 'aaab'), ('a??b', 'ab'),
    ('a{2}', 'aaaa'), ('a{2,}', 'aaaaa'), ('a{,2}', 'aaaa'), ('a{1,3}?', 'aaaa'),
    ('a{2,3}', 'a'), ('x{', 'x{'), ('x{}', 'x{}'), ('x{a}', 'x{a}'), ('x{1,a}', 'x{1,a}'),
    (r'(a)(b)?', 'ac'), (r'(a|b)+', 'abba'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(?P<x>a+)(?P=x)', 'aaaa'), (r'(a)\1', 'aa'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'),
    (r'\141', 'a'), (r'\0', '\0'), (r'\07', '\7'), (r'\x41', 'A'), (r'[\x41-\x43]+', 'ABCD'),
    (r'[\d]+', 'ab123'), (r'\D+', '12ab3'), (r'\s+', 'a \t\nb'), (r'\S+', '  ab '),
    (r'\w+', '  a_1 '), (r'\W+', 'ab, cd'), (r'\bfoo\b', 'a foo b'), (r'\Bo\B', 'foo'),
    (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'), (r'ab$', 'ab\n'), (r'[]a]+', 'a]a'), (r'[^]a]+', 'a]bc'),
    (r'[a-]+', 'a-a'), (r'[-a]+', '-a'), (r'[\]]', ']'), (r'[\\]', '\\'), (r'[.]', 'a.'),
    (r'[^a-c]+', 'abcdef'), (r'[\w.]+', ' a.b '), (r'[^\W\d]+', '12ab3'), (r'[\b]', 'a\bb'),
    (r'a(?=b)', 'acab'), (r'a(?!b)', 'abac'), (r'(?<=a)b', 'cbab'), (r'(?<!a)b', 'abcb'),
    (r'(?<=ab)c', 'abc'), (r'(?<=\d{2})x', '1x12x'),
    (r'(a)?(?(1)b|c)', 'xc'), (r'(a)?(?(1)b|c)', 'ab'), (r'(?P<q>")?\w+(?(q)")', '"ab"'),
    (r'(?P<q>")?\w+(?(q)")', 'ab"'), (r'(a)?(?(1)b)', 'c'),
    (r'(?:a|b)+', 'abc'), (r'(?#comment)a', 'a'), (r'(?i)ABC', 'xabc'), (r'(?m)^b', 'a\nb'),
    (r'(?s).+', 'a\nb'), (r'(?x) a b # c', 'ab'), (r'(?x) [ ]', ' '), (r'(?x)a\ b', 'a b'),
    (r'(?i)[a-c]+', 'xABCd'), (r'(?i)[^a]', 'Ab'), (r'(?i)(a)\1', 'aA'),
    (r'a|b|c', 'xc'), (r'ab|cd|', 'x'), (r'|a', 'a'), (r'(|a)+', 'aa'), (r'(a*)*', 'aab'),
    (r'(a*)+', 'aab'), (r'(a|)+b', 'aab'), (r'(?:x*)*y', 'xxy'), (r'(a?)((ab)?)(b?)', 'ab'),
    (r'(\w+)\s+\1', 'hello hello'), (r'((a)|b)+', 'ab'), (r'(a)|b', 'b'),
    (r'.*?x', 'abxcx'), (r'[a-z]*?1', 'abc1'), (r'(?:ab)*c', 'ababc'),
    (r'\$\^\.\*', '$^.*'), (r'\q', 'q'), (r'[\q]', 'q'), (r'[\A]', 'A'),
    ('\n', 'a\nb'), (r'\n\t\r\f\v\a', '\n\t\r\f\v\a'),
]
for c in cases:
    show(*c)

show('abc', 'ABC', re.I)
show('a.b', 'a\nb', re.S)
show('^b$', 'a\nb\nc', re.M)
show(r'\w+', 'caf\xe9', re.L)
show('a b', 'ab', re.X)
show(r'''(?x)
    (\d+)   # number
    \s* ,   # comma
    \s* (\d+)''', '12 , 34')
show('(?u)\w+', 'ab_1')
show(r'x*', '')
show(r'\B', '')
show(r'\b', '')
show(r'^$', '')
show(r'$', 'ab\n')
show(r'(?m)$', 'ab\ncd')
