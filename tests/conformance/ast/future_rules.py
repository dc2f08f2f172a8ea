# The compile-time rules of from __future__ imports: only after the
# docstring, only features 2.7 defines.
sources = [
    '"doc"\nfrom __future__ import division\nprint 1 / 2\n',
    'from __future__ import division, print_function\nfrom __future__ import absolute_import\n',
    'from __future__ import rested_snopes\n',
    'from __future__ import nested_scopes, braces\n',
    'from __future__ import *\n',
    'import os\nfrom __future__ import division\n',
    '"doc"\n"not a doc"\nfrom __future__ import division\n',
    'from __future__ import division; x = 1; from __future__ import generators\n',
    'def f():\n    pass\n\nfrom __future__ import with_statement\n',
]
for src in sources:
    try:
        compile(src, "<f>", "exec")
        print "ok"
    except SyntaxError as e:
        print e.msg, e.lineno
