# Error positions and reasons of the CJK codecs, and the built-in handlers.
def dec(data, name, errors='strict'):
    try:
        print name, repr(data), errors, repr(data.decode(name, errors))
    except UnicodeDecodeError as e:
        print name, repr(data), errors, 'UnicodeDecodeError', e.start, e.end, e.reason
        print '   ', e


def enc(text, name, errors='strict'):
    try:
        print name, repr(text), errors, repr(text.encode(name, errors))
    except UnicodeEncodeError as e:
        print name, repr(text), errors, 'UnicodeEncodeError', e.start, e.end, e.reason
        print '   ', e

for name in ['gb2312', 'gbk', 'gb18030', 'big5', 'cp950', 'big5hkscs',
             'shift_jis', 'cp932', 'euc_jp', 'euc_kr', 'cp949', 'johab']:
    for data in ['a\x80', '\x80a', '\xa1a', '\xff\xffa', 'abc\xa1', '\xa1\xa1\xa1',
                 '\x8f\xa1\xa1', '\xa4\xd4\xa4\xa1']:
        for errors in ['strict', 'replace', 'ignore']:
            dec(data, name, errors)
    for text in [u'a\u0b13b', u'\U0001f600x', u'\udeee']:
        for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace',
                       'backslashreplace']:
            enc(text, name, errors)

for data in ['\x81\x30', '\x81\x30\x81', '\x84\x31\xa5\x30', '\xe3\x32\x9a\x36',
             '\x81\x30\x20\x30', '\x90\x30\x81\x30']:
    dec(data, 'gb18030', 'replace')
    dec(data, 'gb18030')

for data in ['~', '~x', '~{', '~{0', '~{0!~}a', '~{~~', '~}', 'a~\nb',
             '~{\n0!', 'ab~{\x81\x81\x41\x44~}cd', '~{Dc~~:C~}']:
    dec(data, 'hz')
    dec(data, 'hz', 'replace')

for name in ['iso2022_jp', 'iso2022_jp_2', 'iso2022_kr']:
    for data in ['\x1b', '\x1b(', '\x1b$B0', 'ab\x1b$def', 'ab\x1b$(Xabc',
                 'ab\x1b(Xabc', '\x1bx', '\x1bNabc', '\x1b$Bxx', '\x80',
                 '\x1b$A0!', '\x1b$(D"/', '\x1b.A\x1bNi', '\x1b.F\x1bN$',
                 '\x0e0!', '\x1b$)C\x0e0!\na0!', '\x1b$)C\x0e0!\x0ea']:
        dec(data, name)
        dec(data, name, 'replace')
    for text in [u'\xab', u'\u4e02', u'\uac00', u'\uff76', u'a\u3042\n\u3042']:
        enc(text, name)
        enc(text, name, 'replace')
