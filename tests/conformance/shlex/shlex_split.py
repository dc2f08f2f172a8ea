# shlex: split() in posix and compat modes, comments, escapes, quotes, punctuation tokens,
# pushback, source inclusion hooks, error_leader and the two ValueErrors.
import shlex
from StringIO import StringIO

for s in ['a b  c', 'a "b c" d', "a 'b c' d", 'a\\ b c', 'x="1 2"y', "'')abc", '"a\\"b" \'c\\\'',
          'one # comment', 'a;b|c>d', '', '   ', '"" x', "a'b'c", '"\\$x" \'\\$y\'', 'tab\there\nnl']:
    print repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False)

def tokens(text, posix=False, **attrs):
    lex = shlex.shlex(text, posix=posix)
    for k, v in attrs.items():
        setattr(lex, k, v)
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append(t)
    return out, lex.lineno

print tokens('foo = bar(1, "two")  # c\nnext line')
print tokens('foo = bar(1, "two")  # c\nnext line', posix=True)
print tokens('a-b.c/d e', wordchars='abcde-./')
print tokens('a,b;c', whitespace=',;', whitespace_split=True)
print tokens("it's \"q\"", quotes='"')

lex = shlex.shlex('one two three')
print lex.get_token(),
lex.push_token('pushed')
print lex.get_token(), lex.get_token(), list(lex)
lex = shlex.shlex('a source b', infile='main.cfg')
lex.source = 'source'
lex.sourcehook = lambda name: ('inc.cfg', StringIO('inc1 inc2'))
print list(lex), lex.error_leader(), lex.error_leader('f', 7)
for bad in ['"open', 'end\\', "'x"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print repr(bad), 'ValueError', e
print shlex.shlex('q').eof, shlex.shlex('q', posix=True).eof
