import locale, platform, os
print sorted(locale.localeconv().items())
print locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC, 'C'), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC)
for n in ['C', 'en_US', 'en_US.UTF-8', 'en_us.utf8', 'de_DE@euro', 'en', 'fr_FR.ISO8859-1', 'ja_JP.eucJP', 'xx_YY', 'POSIX', 'es_ES.latin1', 'pt_BR', 'de', 'ru_RU']: print n, locale.normalize(n)
try: locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e: print e
try: locale.setlocale(99)
except locale.Error as e: print e
print locale.format('%.2f', 1234567.891, True), locale.format('%d', 1234567, True), locale.format('%.2f', 1.5, monetary=True), locale.str(3.14159265358979), locale.atof('3.5'), locale.atoi('42'), locale.format_string('%s and %d', ('a', 5))
print locale.format('%5.1f', 2.25), locale.format('%(x)s', {'x': 1}), locale.format('%%')
try: locale.currency(5)
except ValueError as e: print e
for bad in ['%d %d', 'x%d', '%d ', '']:
    try: locale.format(bad, 5)
    except ValueError as e: print e
print locale.Error.__bases__, locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX
print locale.strcoll('a', 'b'), locale.strxfrm('abc'), type(locale.getpreferredencoding()).__name__
os.environ['LC_ALL'] = 'de_DE.UTF-8'
print locale.getdefaultlocale()
os.environ['LC_ALL'] = 'C'
print locale.getdefaultlocale()
