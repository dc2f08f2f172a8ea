"""markupbase (minipy's own): declaration, comment and marked-section
scanning shared by HTMLParser and sgmllib.

Scanning methods take the index of the construct in self.rawdata and return
the index just past it, or -1 when the buffer ends before the construct
does (the caller waits for more data)."""

import re

_name_at = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_literal_at = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
_comment_end = re.compile(r'--\s*>')
_section_end = re.compile(r']\s*]\s*>')
# Microsoft Office writes <![if ...]> ... <![endif]> sections
_ms_section_end = re.compile(r']\s*>')
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class ParserBase:
    """Common base of the SGML/HTML parsers; not usable on its own."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError('markupbase.ParserBase must be subclassed')

    def error(self, message):
        raise NotImplementedError(
            'subclasses of ParserBase must override error()')

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the line/offset bookkeeping over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        text = self.rawdata
        lines = text.count('\n', i, j)
        if lines:
            self.lineno += lines
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        text = self.rawdata
        j = i + 2
        assert text[i:j] == '<!', 'unexpected call to parse_declaration'
        nxt = text[j:j + 1]
        if nxt == '>':
            return j + 1          # '<!>' is an empty declaration
        if nxt in ('-', ''):
            return -1             # a comment may be starting
        if text[j:j + 2] == '--':
            return self.parse_comment(i)
        if nxt == '[':
            return self.parse_marked_section(i)
        kind, j = self._scan_name(j, i)
        if j < 0:
            return j
        if kind == 'doctype':
            self._decl_otherchars = ''
        n = len(text)
        while j < n:
            c = text[j]
            if c == '>':
                body = text[i + 2:j]
                if kind == 'doctype':
                    self.handle_decl(body)
                else:
                    self.unknown_decl(body)
                return j + 1
            if c in '"\'':
                m = _literal_at(text, j)
                if not m:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                j = self._scan_name(j, i)[1]
            elif c in self._decl_otherchars:
                j += 1
            elif c == '[':
                if kind == 'doctype':
                    j = self._parse_doctype_subset(j + 1, i)
                elif kind in ('attlist', 'linktype', 'link', 'element'):
                    self.error("unsupported '[' char in %s declaration" %
                               kind)
                else:
                    self.error("unexpected '[' char in declaration")
            else:
                self.error('unexpected %r char in declaration' % c)
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        text = self.rawdata
        assert text[i:i + 3] == '<![', \
            'unexpected call to parse_marked_section()'
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            end = _section_end.search(text, i + 3)
        elif keyword in ('if', 'else', 'endif'):
            end = _ms_section_end.search(text, i + 3)
        else:
            self.error('unknown status keyword %r in marked section' %
                       text[i + 3:j])
        if not end:
            return -1
        if report:
            self.unknown_decl(text[i + 3:end.start()])
        return end.end()

    def parse_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 4] != '<!--':
            self.error('unexpected call to parse_comment()')
        end = _comment_end.search(text, i + 4)
        if not end:
            return -1
        if report:
            self.handle_comment(text[i + 4:end.start()])
        return end.end()

    def _parse_doctype_subset(self, i, start):
        """Skips an internal DTD subset; returns the index of its final '>'
        (the caller consumes it)."""
        text = self.rawdata
        n = len(text)
        j = i
        while j < n:
            c = text[j]
            if c == '<':
                two = text[j:j + 2]
                if two == '<':
                    return -1
                if two != '<!':
                    self.updatepos(start, j + 1)
                    self.error('unexpected char in internal subset (in %r)'
                               % two)
                if j + 4 > n:
                    return -1
                if text[j:j + 4] == '<!--':
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, j = self._scan_name(j + 2, start)
                if j == -1:
                    return -1
                if name not in ('attlist', 'element', 'entity', 'notation'):
                    self.updatepos(start, j + 2)
                    self.error('unknown declaration %r in internal subset' %
                               name)
                j = self._skip_markup_decl(name, j, start)
                if j < 0:
                    return j
            elif c == '%':
                if j + 1 == n:
                    return -1
                j = self._scan_name(j + 1, start)[1]
                if j < 0:
                    return j
                if text[j] == ';':
                    j += 1
            elif c == ']':
                j += 1
                while j < n and text[j].isspace():
                    j += 1
                if j >= n:
                    return -1
                if text[j] == '>':
                    return j
                self.updatepos(start, j)
                self.error('unexpected char after internal subset')
            elif c.isspace():
                j += 1
            else:
                self.updatepos(start, j)
                self.error('unexpected char %r in internal subset' % c)
        return -1

    def _skip_markup_decl(self, kind, j, start):
        """Skips the rest of an <!ELEMENT/ATTLIST/ENTITY/NOTATION ...>."""
        text = self.rawdata
        if kind == 'element':
            k = text.find('>', j)
            return -1 if k < 0 else k + 1
        while True:
            c = text[j:j + 1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in '"\'':
                m = _literal_at(text, j)
                if not m:
                    return -1
                j = m.end()
            elif c == '(' and kind == 'attlist':
                k = text.find(')', j)
                if k < 0:
                    return -1
                j = k + 1
                while text[j:j + 1].isspace():
                    j += 1
            elif c in '%#' or c.isspace():
                j += 1
            else:
                j = self._scan_name(j, start)[1]
                if j < 0:
                    return j

    def _scan_name(self, i, start):
        """(lower-cased name, index after it and its blanks), or
        (None, -1) when the buffer ends first."""
        text = self.rawdata
        if i == len(text):
            return None, -1
        m = _name_at(text, i)
        if not m:
            self.updatepos(start, i)
            self.error('expected name token at %r' % text[start:start + 20])
        if m.end() == len(text):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
