# codeop.compile_command: a code object for complete source, None when more
# lines could complete it, SyntaxError when nothing can; CommandCompiler
# keeps __future__ statements for later commands.
import codeop

cases = ["a = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "if 1:\n  pass\n\n",
         "def f():\n  return 1\n", "(1,", "a = 1 1", "", "# just a comment",
         "x = '''abc", "9 + \\", "@dec", "class A:\n pass\n ", "[x for x in", "1 +"]
for c in cases:
    for symbol in ('single', 'eval', 'exec'):
        try:
            r = codeop.compile_command(c, '<in>', symbol)
            print repr(c), symbol, 'incomplete' if r is None else 'code'
        except SyntaxError as e:
            print repr(c), symbol, 'SyntaxError', e.msg, e.lineno
cc = codeop.CommandCompiler()
cc('from __future__ import division')
ns = {}
exec cc('r = 1 / 2') in ns
print ns['r']
exec codeop.compile_command('r = 1 / 2') in ns
print ns['r']
