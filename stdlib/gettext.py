"""Message catalogs (GNU .mo files) and the gettext family of lookups, with
Python 2.7's API: class-based translations (NullTranslations,
GNUTranslations, translation(), install()) and the module-level functions
bound to a current text domain.

Plural-Forms expressions (C syntax) are parsed here into small closures;
nothing is ever handed to eval."""

import os
import sys
import copy
import errno
import locale
import struct

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'find', 'translation', 'install', 'textdomain', 'bindtextdomain',
           'bind_textdomain_codeset', 'dgettext', 'dngettext', 'gettext',
           'lgettext', 'ldgettext', 'ldngettext', 'lngettext', 'ngettext']

_default_localedir = os.path.join(sys.prefix, 'share', 'locale')


# ---- Plural-Forms: C expressions over n ----

_BINARY_LEVELS = [
    ('||',),
    ('&&',),
    ('==', '!='),
    ('<', '>', '<=', '>='),
    ('+', '-'),
    ('*', '/', '%'),
]
_MAX_PARENS = 40        # CPython's parser gives up well before 100 levels
_MAX_TREE = 500         # and its compiler on long operator chains


def _tokens(text):
    out = []
    i = 0
    size = len(text)
    while i < size:
        c = text[i]
        if c in ' \t\r\n':
            i += 1
        elif c.isdigit():
            j = i
            while j < size and text[j].isdigit():
                j += 1
            out.append(('num', int(text[i:j])))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < size and (text[j].isalnum() or text[j] == '_'):
                j += 1
            word = text[i:j]
            if word != 'n':
                raise ValueError('invalid token in plural form: %s' % word)
            out.append(('n', None))
            i = j
        else:
            two = text[i:i + 2]
            if two in ('||', '&&', '==', '!=', '<=', '>='):
                out.append(('op', two))
                i += 2
            elif c in '<>+-*/%?:()!':
                out.append(('op', c))
                i += 1
            else:
                raise ValueError('invalid token in plural form: %s' % c)
    out.append(('end', None))
    return out


def _c_div(a, b):
    return a // b


def _c_mod(a, b):
    return a % b


_OPS = {
    '||': lambda a, b: 1 if (a or b) else 0,
    '&&': lambda a, b: 1 if (a and b) else 0,
    '==': lambda a, b: 1 if a == b else 0,
    '!=': lambda a, b: 1 if a != b else 0,
    '<': lambda a, b: 1 if a < b else 0,
    '>': lambda a, b: 1 if a > b else 0,
    '<=': lambda a, b: 1 if a <= b else 0,
    '>=': lambda a, b: 1 if a >= b else 0,
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': _c_div,
    '%': _c_mod,
}


class _PluralParser(object):
    """Recursive descent over the token list. Each node is (depth, fn)
    where fn maps n to the value."""

    def __init__(self, text):
        self.toks = _tokens(text)
        self.i = 0
        self.parens = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def fail(self, tok=None):
        tok = tok or self.peek()
        if tok[0] == 'end':
            raise ValueError('unexpected end of plural form')
        raise ValueError('unexpected token in plural form: %s' % (
            'n' if tok[0] == 'n' else tok[1],))

    def node(self, depth, fn):
        if depth > _MAX_TREE:
            raise ValueError('plural form expression is too complex')
        return depth, fn

    def ternary(self):
        cond = self.binary(0)
        if self.peek() != ('op', '?'):
            return cond
        self.next()
        yes = self.ternary()
        if self.next() != ('op', ':'):
            self.fail(self.toks[self.i - 1])
        no = self.ternary()
        c, y, o = cond[1], yes[1], no[1]
        return self.node(1 + max(cond[0], yes[0], no[0]),
                         lambda n: y(n) if c(n) else o(n))

    def binary(self, level):
        if level == len(_BINARY_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        ops = _BINARY_LEVELS[level]
        while self.peek()[0] == 'op' and self.peek()[1] in ops:
            op = _OPS[self.next()[1]]
            right = self.binary(level + 1)
            left = self.node(1 + max(left[0], right[0]), self._apply(op, left[1], right[1]))
        return left

    @staticmethod
    def _apply(op, a, b):
        return lambda n: op(a(n), b(n))

    def unary(self):
        tok = self.next()
        if tok == ('op', '!'):
            inner = self.unary()
            f = inner[1]
            return self.node(inner[0] + 1, lambda n: 0 if f(n) else 1)
        if tok[0] == 'num':
            value = tok[1]
            return 1, lambda n: value
        if tok[0] == 'n':
            return 1, lambda n: n
        if tok == ('op', '('):
            self.parens += 1
            if self.parens > _MAX_PARENS:
                raise ValueError('plural form expression is too complex')
            inner = self.ternary()
            if self.next() != ('op', ')'):
                raise ValueError('unbalanced parenthesis in plural form')
            self.parens -= 1
            return inner
        self.fail(tok)

    def parse(self):
        tree = self.ternary()
        if self.peek()[0] != 'end':
            self.fail()
        return tree[1]


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,))
    return n


def c2py(plural):
    """A function of n computing the C expression `plural`: the index of
    the plural form to use."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        fn = _PluralParser(plural).parse()
    except RuntimeError:
        raise ValueError('plural form expression is too complex')

    def func(n):
        result = fn(_as_int(n))
        return int(result) if isinstance(result, bool) else result
    return func


# ---- locale names ----

def _expand_lang(loc):
    """The names to try for a locale, most specific first: every mix of its
    territory, codeset and modifier on top of the bare language."""
    loc = locale.normalize(loc)
    modifier = codeset = territory = ''
    parts = 0
    at = loc.find('@')
    if at >= 0:
        modifier, loc = loc[at:], loc[:at]
        parts |= 4
    dot = loc.find('.')
    if dot >= 0:
        codeset, loc = loc[dot:], loc[:dot]
        parts |= 1
    under = loc.find('_')
    if under >= 0:
        territory, loc = loc[under:], loc[:under]
        parts |= 2
    names = []
    for combo in range(parts, -1, -1):
        if combo & ~parts:
            continue
        name = loc
        if combo & 2:
            name += territory
        if combo & 1:
            name += codeset
        if combo & 4:
            name += modifier
        names.append(name)
    return names


# ---- translation classes ----

class NullTranslations:
    """Translates nothing; hands every message to its fallback, if any."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def lgettext(self, message):
        if self._fallback:
            return self._fallback.lgettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def lngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.lngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def ugettext(self, message):
        if self._fallback:
            return self._fallback.ugettext(message)
        return unicode(message)

    def ungettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ungettext(msgid1, msgid2, n)
        return unicode(msgid1 if n == 1 else msgid2)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def output_charset(self):
        return self._output_charset

    def set_output_charset(self, charset):
        self._output_charset = charset

    def install(self, unicode=False, names=None):
        import __builtin__
        space = __builtin__.__dict__
        space['_'] = self.ugettext if unicode else self.gettext
        if hasattr(names, '__contains__'):
            if 'gettext' in names:
                space['gettext'] = space['_']
            if 'ngettext' in names:
                space['ngettext'] = self.ungettext if unicode else self.ngettext
            if 'lgettext' in names:
                space['lgettext'] = self.lgettext
            if 'lngettext' in names:
                space['lngettext'] = self.lngettext


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412deL
    BE_MAGIC = 0xde120495L

    def _parse(self, fp):
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        filename = getattr(fp, 'name', '')
        data = fp.read()
        size = len(data)
        if size < 4:
            raise IOError(0, 'Bad magic number', filename)
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise IOError(0, 'Bad magic number', filename)
        try:
            _version, count, ids_at, strs_at = struct.unpack(order + '4I', data[4:20])
        except struct.error:
            raise IOError(0, 'File is corrupt', filename)
        pair = order + '2I'
        for i in xrange(count):
            try:
                mlen, moff = struct.unpack(pair, data[ids_at + 8 * i:ids_at + 8 * i + 8])
                tlen, toff = struct.unpack(pair, data[strs_at + 8 * i:strs_at + 8 * i + 8])
            except struct.error:
                raise IOError(0, 'File is corrupt', filename)
            if moff + mlen >= size or toff + tlen >= size:
                raise IOError(0, 'File is corrupt', filename)
            msg = data[moff:moff + mlen]
            tmsg = data[toff:toff + tlen]
            if mlen == 0:
                self._read_header(tmsg)
            if '\x00' in msg:
                # plural entry: msgid and msgid_plural, one msgstr per form
                msgid1 = msg.split('\x00')[0]
                forms = tmsg.split('\x00')
                if self._charset:
                    msgid1 = unicode(msgid1, self._charset)
                    forms = [unicode(x, self._charset) for x in forms]
                for index, form in enumerate(forms):
                    catalog[(msgid1, index)] = form
            else:
                if self._charset:
                    msg = unicode(msg, self._charset)
                    tmsg = unicode(tmsg, self._charset)
                catalog[msg] = tmsg

    def _read_header(self, text):
        last = None
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if ':' in line:
                key, value = line.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                last = key
                if key == 'content-type':
                    self._charset = value.split('charset=')[1]
                elif key == 'plural-forms':
                    expr = value.split(';')[1].split('plural=')[1]
                    self.plural = c2py(expr)
            elif last:
                # a continuation of the previous field
                self._info[last] += '\n' + line

    def _to_output(self, text):
        if self._output_charset:
            return text.encode(self._output_charset)
        if self._charset:
            return text.encode(self._charset)
        return text

    def _to_locale(self, text):
        if self._output_charset:
            return text.encode(self._output_charset)
        return text.encode(locale.getpreferredencoding())

    def gettext(self, message):
        try:
            text = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.gettext(message)
            return message
        return self._to_output(text)

    def lgettext(self, message):
        try:
            text = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.lgettext(message)
            return message
        return self._to_locale(text)

    def ngettext(self, msgid1, msgid2, n):
        try:
            text = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2
        return self._to_output(text)

    def lngettext(self, msgid1, msgid2, n):
        try:
            text = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.lngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2
        return self._to_locale(text)

    def ugettext(self, message):
        try:
            return self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.ugettext(message)
            return unicode(message)

    def ungettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ungettext(msgid1, msgid2, n)
            return unicode(msgid1 if n == 1 else msgid2)


# ---- finding catalogs ----

def find(domain, localedir=None, languages=None, all=0):
    """The .mo file for domain (the first found, or a list of all of them
    when all is true), searching the languages named by the environment."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = [] if all else None
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found


# parsed catalogs, by (class, absolute path); translation() hands out copies
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False, codeset=None):
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=1)
    if not paths:
        if fallback:
            return NullTranslations()
        raise IOError(errno.ENOENT, 'No translation file found for domain', domain)
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        t = _translations.get(key)
        if t is None:
            with open(path, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if codeset:
            t.set_output_charset(codeset)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, unicode=False, codeset=None, names=None):
    t = translation(domain, localedir, fallback=True, codeset=codeset)
    t.install(unicode, names)


# ---- the GNU-style API over a current domain ----

_localedirs = {}
_localecodesets = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def bind_textdomain_codeset(domain, codeset=None):
    if codeset is not None:
        _localecodesets[domain] = codeset
    return _localecodesets.get(domain)


def _domain_translation(domain):
    return translation(domain, _localedirs.get(domain, None),
                       codeset=_localecodesets.get(domain))


def dgettext(domain, message):
    try:
        t = _domain_translation(domain)
    except IOError:
        return message
    return t.gettext(message)


def ldgettext(domain, message):
    try:
        t = _domain_translation(domain)
    except IOError:
        return message
    return t.lgettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = _domain_translation(domain)
    except IOError:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def ldngettext(domain, msgid1, msgid2, n):
    try:
        t = _domain_translation(domain)
    except IOError:
        return msgid1 if n == 1 else msgid2
    return t.lngettext(msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def lgettext(message):
    return ldgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def lngettext(msgid1, msgid2, n):
    return ldngettext(_current_domain, msgid1, msgid2, n)


# the old name of translation()
Catalog = translation
