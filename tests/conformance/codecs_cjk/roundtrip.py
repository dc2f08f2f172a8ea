# Round trips and known bytes of every CJK codec minipy has, and their aliases.
import codecs

samples = [
    ('gb2312', u'\u4e2d\u6587 abc \u3002'),
    ('gbk', u'\u4e2d\u6587\u4e02 \u20ac'.replace(u'\u20ac', u'')),
    ('gb18030', u'\u4e2d\x80\uffff\U00010000\U0010ffff\ue5e5'),
    ('hz', u'ab~cd \u4e2d\u6587 x'),
    ('big5', u'\u4e2d\u6587 \u7e41\u9ad4'),
    ('cp950', u'\u4e2d\u6587 \u2550\u5341'),
    ('big5hkscs', u'\u4e2d\xca\u0304\xca\u030c\xea\u0304\xea \U00020021'),
    ('shift_jis', u'\u65e5\u672c\u8a9e\uff76\xa5\u203e'),
    ('cp932', u'\u65e5\u672c\u2460\uf8f0\x80\xa2'),
    ('euc_jp', u'\u65e5\u672c\u8a9e\uff76\u4e02~'),
    ('euc_kr', u'\ud55c\uad6d\uc5b4 \uac02\u3131'),
    ('cp949', u'\ud55c\uad6d\uc5b4 \uac02'),
    ('johab', u'\ud55c\uad6d \u3131\u314f\u3000\u4e00'),
    ('iso2022_jp', u'a\u65e5\u672c\nb\xa5\u203e c'),
    ('iso2022_jp_1', u'\u65e5\u4e02x'),
    ('iso2022_jp_2', u'\u65e5\u4e02\uac00\u554a\xe9\u0386 x'),
    ('iso2022_jp_ext', u'\uff76\u65e5x'),
    ('iso2022_kr', u'a\uac00\nb\uac00\uac00c'),
]
for name, text in samples:
    data = text.encode(name)
    back = data.decode(name)
    print name, repr(data), back == text
    info = codecs.lookup(name)
    print '  ', info.name, info.encode(text) == (data, len(text))

for alias in ['ms932', 'SJIS', 'euc-jp', 'ujis', 'cp936', 'ms936', 'uhc',
              'ksc5601', 'korean', 'HZ-GB-2312', 'big5-tw', 'csbig5',
              'ISO-2022-JP', 'iso2022jp_2', 'cp1361', 'gb18030-2000',
              'EUC_CN', 'chinese', 'ms950', 'big5-hkscs', 'csiso2022kr']:
    print alias, codecs.lookup(alias).name

# single bytes with meanings of their own
print repr('\x80\xa0\xfd\xfe\xff\xb1'.decode('cp932'))
print repr('\xb1\xdf'.decode('shift_jis'))
print repr('\x8e\xb1'.decode('euc_jp'))
print repr('\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2'.decode('euc_kr'))
print repr(u'\ud7a3'.encode('euc_kr'))
print repr(u'\u1e3f\u9fb4\ufe10'.encode('gb18030'))
print repr('\x81\x35\xf4\x37\xa3\xa0'.decode('gb18030'))
