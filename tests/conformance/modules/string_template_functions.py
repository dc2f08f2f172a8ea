# string.Template (substitute, safe_substitute, invalid placeholders with their
# line/column, a subclass's delimiter) and the old string-module functions.
import string
T = string.Template
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
t(lambda: T('$a-$b').substitute(a=1, b=2))
t(lambda: T('$a-$b').substitute({'a': 1, 'b': 'x'}, b=3))
t(lambda: T('${a}bc $$ $$a').substitute(a='A'))
t(lambda: T('$a $missing').substitute(a=1))
t(lambda: T('$a $missing ${m2} $ $$').safe_substitute(a=1))
t(lambda: T('x\ny $').substitute())
t(lambda: T('$').substitute())
t(lambda: T('ab ${ x}').substitute(x=1))
t(lambda: T('$1').substitute())
t(lambda: T('$1').safe_substitute())
t(lambda: T('$_a9B').substitute(_a9B=5))
t(lambda: T('$a\xe9').substitute(a=5))
t(lambda: T('${a').substitute(a=5))
t(lambda: T('${a').safe_substitute(a=5))
t(lambda: T('$a').substitute({}, {}))
t(lambda: T('$a').template)
t(lambda: T('$a $b').substitute(a=[1], b=(1, 2)))
class MyT(string.Template):
    delimiter = '%'
t(lambda: MyT('%a %% $b').substitute(a=1))
print string.atoi('12'), string.atoi('ff', 16), string.atol('5'), string.atof('1.5')
print string.find('abc', 'c'), string.rfind('abca', 'a'), string.count('aaa', 'a'), string.index('abc', 'b'), string.rindex('abcb', 'b')
print string.ljust('a', 3) + '|', string.rjust('a', 3), string.center('a', 3, '*'), string.expandtabs('a\tb', 4)
print string.swapcase('aB'), string.capitalize('abc'), string.lstrip('  a'), string.rstrip('a  ') + '|', string.rsplit('a b c', None, 1)
print string.splitfields('a,b', ','), string.joinfields(['a', 'b'], '-'), string.translate('abc', string.maketrans('a', 'x'), 'c')
print string.zfill(5, 3), string.zfill('-5', 3)
print string.letters[:3], string.uppercase[:3], string.octdigits
try:
    string.atoi('x')
except ValueError as e:
    print 'ValueError', e
