# Modules imported from files are read in their declared encoding; the
# SyntaxErrors of bad declarations and undeclared non-ASCII name the line.
import os, sys, shutil, tempfile

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
modules = [
    ('enc_latin1', '# -*- coding: latin-1 -*-\ns = "\xe9"\nu = u"\xe9"\n'),
    ('enc_utf8', '# coding: utf-8\ns = "\xc3\xa9"\nu = u"\xc3\xa9"\nraw = "\xff"\n'),
    ('enc_bom', '\xef\xbb\xbfs = "\xc3\xa9"\nu = u"\xc3\xa9"\n'),
    ('enc_cp1252', '# coding: cp1252\ns = "\x80"\nu = u"\x80"\n'),
    ('enc_none', 'x = 1\ny = "\xe9"\n'),
    ('enc_fake', '# -*- coding: fake -*-\n'),
    ('enc_bom_latin', '\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
    ('enc_ascii', '# coding: ascii\ny = "\xe2\x98\x83"\n'),
    ('enc_badutf8', '# coding: utf-8\nx = u"\xff"\n'),
    ('enc_undefined', '# coding: cp1252\ny = u"\x81"\n'),
    ('enc_notunicode', '#!/usr/bin/python\n# coding: string-escape\nx = 1\n'),
]
try:
    for name, src in modules:
        with open(os.path.join(tmp, name + '.py'), 'wb') as f:
            f.write(src)
        try:
            m = __import__(name)
            print name, sorted((k, v) for k, v in vars(m).items() if not k.startswith('__'))
        except SyntaxError as e:
            print name, 'SyntaxError:', e.msg.replace(tmp + os.sep, ''), (e.lineno, e.offset, e.text)
    # execfile reads a file too
    path = os.path.join(tmp, 'enc_latin1.py')
    d = {}
    execfile(path, d)
    print repr(d['s']), repr(d['u'])
    try:
        execfile(os.path.join(tmp, 'enc_none.py'), {})
    except SyntaxError as e:
        print 'execfile SyntaxError:', e.msg.replace(tmp + os.sep, '')
finally:
    shutil.rmtree(tmp)
