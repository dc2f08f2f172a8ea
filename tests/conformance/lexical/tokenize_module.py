# tokenize: generate_tokens over varied source (numbers, strings with
# prefixes, continued and triple-quoted strings, comments, indentation),
# the errors at EOF, tokenize() with a callback, untokenize round trips.
import tokenize, StringIO
from tokenize import generate_tokens, untokenize, tok_name

src = '''# lead comment
def f(a, b=0x1fL, *c, **d):  # trailing
    x = [1.5e-3, .5j, 0o17, 0b101, 07, 10L]
    s = ur'raw\\n' + b"bytes" + u"""tri
ple""" + 'con\\
tinued'
    if a <> b and a != b: return `a` ** 2 // 3
\tpass
    y = (1,
         2)  \\
        + 3
@dec
class C: pass
'''
for t in generate_tokens(StringIO.StringIO(src).readline):
    print tok_name[t[0]], repr(t[1]), t[2], t[3]

for bad in ["x = '''abc\n", "x = (1,\n", "'abc\\\n", "def k(x):\n    x += 2\n  x += 5\n"]:
    try:
        print [t[1] for t in generate_tokens(StringIO.StringIO(bad).readline)]
    except tokenize.TokenError as e:
        print 'TokenError', e.args
    except IndentationError as e:
        print 'IndentationError', e.args

def eater(kind, text, start, end, line):
    print kind, repr(text)
    if text == 'stop':
        raise tokenize.StopTokenizing
tokenize.tokenize(StringIO.StringIO("a = 1\nstop\nnever\n").readline, eater)
tokenize.tokenize(StringIO.StringIO("x=1\n").readline)

full = list(generate_tokens(StringIO.StringIO(src).readline))
print untokenize(full) == src
print repr(untokenize((t[0], t[1]) for t in full[:12]))
u = tokenize.Untokenizer()
u.prev_row, u.prev_col = 2, 2
try:
    u.add_whitespace((1, 3))
except ValueError as e:
    print e
print tokenize.COMMENT, tokenize.NL, tokenize.N_TOKENS, tokenize.ERRORTOKEN
print sorted(tokenize.__all__)[:5]
