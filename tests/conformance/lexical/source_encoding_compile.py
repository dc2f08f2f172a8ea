# compile/exec/eval of str sources honour a coding declaration (line 1 or 2,
# or a UTF-8 BOM); undeclared bytes pass through (u'' reads them as
# latin-1); unicode sources are text and refuse a declaration.
def run(src, how='exec'):
    try:
        if how == 'eval':
            print repr(src), '->', repr(eval(src))
            return
        d = {}
        exec compile(src, 'f.py', 'exec') in d
        print repr(src), '->', sorted((k, v) for k, v in d.items() if k != '__builtins__')
    except SyntaxError as e:
        print repr(src), 'SyntaxError:', e.msg, (e.filename, e.lineno, e.offset)

run('x = "\xc3\xa9"; y = u"\xc3\xa9"\n')
run(u'x = "\xe9"; y = u"\xe9"\n')
run('# -*- coding: latin-1 -*-\nx = u"\xe9"; y = "\xe9"\n')
run('# coding: utf-8\nx = u"\xc3\xa9"; y = "\xc3\xa9"; z = "\xff"\n')
run('# coding: utf-8\n#\xff\nx = 1\n')
run('# coding: utf-8\nx = u"\xff"\n')
run('#!python\n# coding: cp1252\nx = u"\x80"; y = "\x80"\n')
run('# coding: koi8-r\nx = u"\xf0"; y = "\xf0\\xf0"\n')
run('# coding: iso-8859-15\nx = u"\xa4"; y = "\xa4"; z = b"\xa4"; w = r"\xa4"\n')
run('#coding=latin-1\nx = u"\xe9"\n')
run('# vim: set fileencoding=ISO_8859-1 :\nx = u"\xe9"\n')
run('x = 1 # coding: latin-1\ny = u"\xe9"\n')
run('\n\n# coding: latin-1\nx = u"\xe9"\n')
run('\xef\xbb\xbfx = u"\xc3\xa9"\n')
run('\xef\xbb\xbf# coding: utf-8\nx = u"\xc3\xa9"\n')
run('# coding: utf-8-sig\nx = u"\xc3\xa9"\n')
run('# coding: utf-8\nx = u"\xed\xa0\x80"\n')
# errors
run('# -*- coding: fake -*-\n')
run('\xef\xbb\xbf# coding: iso-8859-15\n')
run('\xef\xbb\xbf# coding: fake\n')
run('\xef\xbb\xbf# coding: utf8\nx = 1\n')
run('# coding: ascii\nx = "\xe2\x98\x83"\n')
run('# coding: cp1252\nx = u"\x81"\n')
run('# coding: string-escape\nx = 1\n')
run('# coding: uft-8\nx = 1\n')
run(u'# coding: latin-1\nx = 1\n')
run(u'# coding: fake\nx = 1\n')
run(u'# coding: latin-1\nx = 1 1\n')
run('\xff\x20')
run('\xef\xbb\x20')
run('# coding: latin-1\nx = 1 \xe9\n')
# eval and exec of plain strings
run('u"\xe9" + u"\xc3\xa9"', 'eval')
run('"\xe9"', 'eval')
run(u'"\xe9"', 'eval')
run('# coding: latin-1\nu"\xe9"\n', 'eval')
exec 'v = u"\xe9"'
print repr(v)
exec u'v = "\xe9"'
print repr(v)
