"""Other names of the codecs: normalized alias -> module name in
`encodings`."""

aliases = {}


def _names(module, *names):
    for n in names:
        aliases[n] = module


_names('ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986',
       'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991',
       'iso_ir_6', 'us', 'us_ascii')
_names('base64_codec', 'base64', 'base_64')
_names('hex_codec', 'hex')
_names('zlib_codec', 'zip', 'zlib')
_names('rot_13', 'rot13')
_names('quopri_codec', 'quopri', 'quoted_printable', 'quotedprintable')
_names('uu_codec', 'uu')
_names('latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859',
       'iso8859_1', 'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100', 'l1',
       'latin', 'latin1')
_names('utf_8', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4')
_names('utf_8_sig', 'utf8_sig')
_names('utf_7', 'u7', 'utf7', 'unicode_1_1_utf_7')
_names('utf_16', 'u16', 'utf16')
_names('utf_16_le', 'unicodelittleunmarked', 'utf_16le')
_names('utf_16_be', 'unicodebigunmarked', 'utf_16be')
_names('utf_32', 'u32', 'utf32')
_names('utf_32_le', 'utf_32le')
_names('utf_32_be', 'utf_32be')
_names('cp1252', '1252', 'windows_1252')
_names('cp1251', '1251', 'windows_1251')
_names('cp1250', '1250', 'windows_1250')
_names('cp437', '437', 'cspc8codepage437', 'ibm437')
_names('cp850', '850', 'cspc850multilingual', 'ibm850')
_names('iso8859_15', 'iso_8859_15', 'l9', 'latin9')
_names('iso8859_2', 'csisolatin2', 'iso_8859_2', 'iso_ir_101', 'l2',
       'latin2')
_names('koi8_r', 'cskoi8r')
_names('mac_roman', 'macroman', 'macintosh')

# the CJK codecs (_cjkcodecs)
_names('big5', 'big5_tw', 'csbig5')
_names('big5hkscs', 'big5_hkscs', 'hkscs')
_names('cp932', '932', 'ms932', 'mskanji', 'ms_kanji')
_names('cp949', '949', 'ms949', 'uhc')
_names('cp950', '950', 'ms950')
_names('euc_jis_2004', 'jisx0213', 'eucjis2004')
_names('euc_jisx0213', 'eucjisx0213')
_names('euc_jp', 'eucjp', 'ujis', 'u_jis')
_names('euc_kr', 'euckr', 'korean', 'ksc5601', 'ks_c_5601',
       'ks_c_5601_1987', 'ksx1001', 'ks_x_1001')
_names('gb18030', 'gb18030_2000')
_names('gb2312', 'chinese', 'csiso58gb231280', 'euc_cn', 'euccn',
       'eucgb2312_cn', 'gb2312_1980', 'gb2312_80', 'iso_ir_58')
_names('gbk', '936', 'cp936', 'ms936')
_names('hz', 'hzgb', 'hz_gb', 'hz_gb_2312')
_names('iso2022_jp', 'csiso2022jp', 'iso2022jp', 'iso_2022_jp')
_names('iso2022_jp_1', 'iso2022jp_1', 'iso_2022_jp_1')
_names('iso2022_jp_2', 'iso2022jp_2', 'iso_2022_jp_2')
_names('iso2022_jp_2004', 'iso_2022_jp_2004', 'iso2022jp_2004')
_names('iso2022_jp_3', 'iso2022jp_3', 'iso_2022_jp_3')
_names('iso2022_jp_ext', 'iso2022jp_ext', 'iso_2022_jp_ext')
_names('iso2022_kr', 'csiso2022kr', 'iso2022kr', 'iso_2022_kr')
_names('johab', 'cp1361', 'ms1361')
_names('shift_jis', 'csshiftjis', 'shiftjis', 'sjis', 's_jis')
_names('shift_jis_2004', 'shiftjis2004', 'sjis_2004', 's_jis_2004')
_names('shift_jisx0213', 'shiftjisx0213', 'sjisx0213', 's_jisx0213')
del _names
