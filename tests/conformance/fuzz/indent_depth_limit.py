# 2.7 allows 99 levels of indentation; the 100th is an IndentationError
# on that line.
def nested(levels, kw):
    src = ''.join(' ' * i + kw + '\n' for i in range(levels)) + ' ' * levels + 'pass\n'
    try:
        compile(src, 's', 'exec')
        return 'ok'
    except SyntaxError as e:
        return '%s: %s line %s' % (type(e).__name__, e.msg, e.lineno)
for n in (98, 99, 100, 101, 150):
    print n, nested(n, 'if 1:'), nested(n, 'def f():')
