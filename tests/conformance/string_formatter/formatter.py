import string
F = string.Formatter()
class P(object): x = 5
print F.format('{0}-{1!r}-{name}-{0:>5}|{p.x}|{l[1]}|{d[k]}|{{}}', 'a', 'b', name='n', p=P(), l=[1, 2], d={'k': 'v'})
print F.format('{0:{1}}', 3.14159, '.2f'), F.vformat('{a}', (), {'a': 1})
for s in ['a{{b', 'a}}b{0}c', '{0!r:>{1}}x', '{a.b[c][0]}', '{{}}']:
    print repr(s), list(F.parse(s))
for s in ['{', '}', '{0', '{0!rr}', 'a}b', '{0.}', '{0[1}', '{0[1]x}']:
    try: print F.format(s, [1, 2])
    except ValueError as e: print repr(s), e
try: F.format('{}', 1)
except KeyError as e: print 'KeyError', e
try: F.format('{0!x}', 1)
except ValueError as e: print e
class Upper(string.Formatter):
    def format_field(self, v, spec): return string.Formatter.format_field(self, v, spec).upper()
print Upper().format('{0} and {1:x}', 'abc', 255)
