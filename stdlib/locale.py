"""Locale services for the C locale (the only one minipy has): locale
names, localeconv() and the locale-aware formatting and parsing helpers."""

import sys
import os

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX"]

_builtin_str = str


class Error(Exception):
    pass

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
               LC_MESSAGES, LC_ALL)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'grouping': [],
            'currency_symbol': '',
            'n_sign_posn': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX,
            'mon_grouping': [],
            'n_sep_by_space': CHAR_MAX,
            'decimal_point': '.',
            'negative_sign': '',
            'positive_sign': '',
            'p_sep_by_space': CHAR_MAX,
            'int_curr_symbol': '',
            'p_sign_posn': CHAR_MAX,
            'thousands_sep': '',
            'mon_thousands_sep': '',
            'frac_digits': CHAR_MAX,
            'mon_decimal_point': '',
            'int_frac_digits': CHAR_MAX}


def setlocale(category, locale=None):
    """Sets (or, with locale None, asks) the locale of a category. Only
    the C locale ('C', 'POSIX' or '') is available."""
    if locale and not isinstance(locale, basestring):
        locale = normalize(_build_localename(locale))
    if category not in _CATEGORIES:
        if locale is None:
            raise Error('locale query failed')
        raise Error('unsupported locale setting')
    if locale not in (None, '', 'C', 'POSIX'):
        raise Error('unsupported locale setting')
    return 'C'


def resetlocale(category=LC_ALL):
    setlocale(category, _build_localename(getdefaultlocale()))


def strcoll(a, b):
    return cmp(a, b)


def strxfrm(s):
    return s


def _grouping_applies():
    return False


def format(percent, value, grouping=False, monetary=False, *additional):
    """percent % value with the locale's decimal point (and grouping,
    which the C locale does not have). percent must hold exactly one
    %-specifier."""
    if not _one_specifier(percent):
        raise ValueError("format() must be given exactly one %%char format "
                         "specifier, %s not valid" % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def _one_specifier(percent):
    # '%', an optional '(key)', modifiers from [-#0-9 +*.hlL], a conversion.
    if percent[:1] != '%':
        return False
    i = 1
    if percent[i:i + 1] == '(':
        close = percent.find(')', i)
        if close < 0:
            return False
        i = close + 1
    while i < len(percent) and percent[i] in '-#0123456789 +*.hlL':
        i += 1
    return i == len(percent) - 1 and percent[i] in 'eEfFgGdiouxXcrs%'


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgG':
        parts = formatted.split('.')
        conv = localeconv()
        if monetary:
            point = conv['mon_decimal_point']
        else:
            point = conv['decimal_point']
        formatted = point.join(parts)
    return formatted


def format_string(f, val, grouping=False):
    """f % val, formatted for the locale (the C locale changes nothing)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    if international:
        digits = conv['int_frac_digits']
    else:
        digits = conv['frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    return _format('%%.%if' % digits, abs(val), grouping, 1)


def str(val):
    """A float as str() writes it, with the locale's decimal point."""
    return _format("%.12g", val)


def atof(string, func=float):
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return func(string)


def atoi(str):
    return atof(str, int)


# Language codes and encodings for normalize(): a small table of the common
# ones rather than 2.7's full alias list.
_language_alias = {
    'c': 'C', 'posix': 'C', 'en': 'en_US', 'de': 'de_DE', 'fr': 'fr_FR',
    'es': 'es_ES', 'it': 'it_IT', 'pt': 'pt_PT', 'nl': 'nl_NL', 'sv': 'sv_SE',
    'da': 'da_DK', 'fi': 'fi_FI', 'no': 'no_NO', 'pl': 'pl_PL', 'ru': 'ru_RU',
    'ja': 'ja_JP', 'ko': 'ko_KR', 'zh': 'zh_CN', 'el': 'el_GR', 'tr': 'tr_TR',
    'cs': 'cs_CZ', 'hu': 'hu_HU', 'english': 'en_EN', 'german': 'de_DE',
    'french': 'fr_FR', 'spanish': 'es_ES', 'italian': 'it_IT',
}
_default_encoding = {
    'ja_JP': 'eucJP', 'ko_KR': 'eucKR', 'zh_CN': 'gb2312', 'zh_TW': 'big5',
    'ru_RU': 'UTF-8', 'fi_FI': 'ISO8859-15', 'el_GR': 'ISO8859-7', 'tr_TR': 'ISO8859-9',
    'pl_PL': 'ISO8859-2', 'cs_CZ': 'ISO8859-2', 'hu_HU': 'ISO8859-2',
}
_encoding_alias = {
    'utf8': 'UTF-8', 'utf': 'UTF-8', 'latin1': 'ISO8859-1',
    'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15',
    'latin9': 'ISO8859-15', 'iso88592': 'ISO8859-2', 'iso88595': 'ISO8859-5',
    'iso88597': 'ISO8859-7', 'iso88599': 'ISO8859-9', 'eucjp': 'eucJP',
    'euckr': 'eucKR', 'ascii': 'ISO8859-1', 'cp1252': 'CP1252',
    'koi8r': 'KOI8-R', 'gb2312': 'gb2312', 'big5': 'big5',
}


_known_locales = frozenset((
    'en_US en_GB en_AU en_CA en_NZ en_IE en_IN en_ZA de_DE de_AT de_CH de_BE '
    'fr_FR fr_BE fr_CA fr_CH es_ES es_MX es_AR it_IT it_CH pt_PT pt_BR nl_NL '
    'nl_BE sv_SE da_DK fi_FI no_NO nb_NO pl_PL ru_RU ja_JP ko_KR zh_CN zh_TW '
    'el_GR tr_TR cs_CZ hu_HU').split())


def _language(code):
    """'en_us' -> 'en_US'; known bare languages get their country; None
    for an unknown locale."""
    if code in _language_alias:
        return _language_alias[code]
    if '_' in code:
        lang, country = code.split('_', 1)
        full = lang + '_' + country.upper()
        if full in _known_locales:
            return full
    return None


def normalize(localename):
    """The full locale code (language_COUNTRY.ENCODING) for a locale name,
    or the name unchanged when it is not known."""
    fullname = localename.lower()
    if ':' in fullname:
        fullname = fullname.replace(':', '.')
    modifier = ''
    if '@' in fullname:
        fullname, modifier = fullname.split('@', 1)
    if '.' in fullname:
        langname, encoding = fullname.split('.')[:2]
    else:
        langname, encoding = fullname, ''
    lang = _language(langname)
    if lang is None:
        return localename
    if lang == 'C':
        return 'C'
    if encoding:
        key = encoding.replace('-', '').replace('_', '')
        encoding = _encoding_alias.get(key, encoding)
    elif modifier == 'euro':
        encoding = 'ISO8859-15'
        modifier = ''
    else:
        encoding = _default_encoding.get(lang, 'ISO8859-1')
    code = lang + '.' + encoding
    if modifier:
        code += '@' + modifier
    return code


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.')


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment, as the user's
    default locale would be set up."""
    localename = None
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: the environment's locale
    encoding, or ASCII's name for the C locale."""
    for variable in ('LC_ALL', 'LC_CTYPE', 'LANG'):
        name = os.environ.get(variable)
        if name:
            break
    else:
        name = 'C'
    try:
        encoding = _parse_localename(name)[1]
    except ValueError:
        encoding = None
    if not encoding or not ('.' in name):
        return 'ANSI_X3.4-1968'
    return encoding
