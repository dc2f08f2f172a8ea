"""HTMLParser (minipy's own): a tolerant, incremental HTML/XHTML tokenizer
that reports start/end tags, data, references, comments, declarations and
processing instructions to handler methods."""

import re
import markupbase

_interesting = re.compile('[&<]')
_partial_ref = re.compile('&[a-zA-Z#]')
_entity_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_char_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_tag_open = re.compile('<[a-zA-Z]')
_tag_name = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attr = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_start_tag_end = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?
      (?:\s|/(?!>))*
    )*
  )?
  \s*
""", re.VERBOSE)
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_unescape_ref = re.compile(r'&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));')


class HTMLParseError(Exception):
    def __init__(self, msg, position=(None, None)):
        assert msg
        self.msg = msg
        self.lineno, self.offset = position

    def __str__(self):
        text = self.msg
        if self.lineno is not None:
            text += ', at line %d' % self.lineno
        if self.offset is not None:
            text += ', column %d' % (self.offset + 1)
        return text


class HTMLParser(markupbase.ParserBase):
    """Feed it text with feed(); it calls the handle_* methods, which
    subclasses override."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')
    entitydefs = None
    __starttag_text = None

    def __init__(self):
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _interesting
        self.cdata_elem = None
        markupbase.ParserBase.reset(self)

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    def get_starttag_text(self):
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # inside <script>/<style> only the matching end tag is markup
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting
        self.cdata_elem = None

    def goahead(self, end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            m = self.interesting.search(text, i)
            if m:
                j = m.start()
            elif self.cdata_elem:
                break
            else:
                j = n
            if i < j:
                self.handle_data(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                k = self._markup(text, i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # at the end, an unfinished construct is plain data
                    k = text.find('>', i + 1)
                    if k < 0:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.handle_data(text[i:k])
                i = self.updatepos(i, k)
            else:
                k, more = self._reference(text, i, n, end)
                i = self.updatepos(i, k)
                if not more:
                    break
        if end and i < n and not self.cdata_elem:
            self.handle_data(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def _markup(self, text, i, n):
        """Parses markup at text[i] == '<'; index after it, -1 if it is
        incomplete, None to stop scanning."""
        if _tag_open.match(text, i):
            return self.parse_starttag(i)
        if text.startswith('</', i):
            return self.parse_endtag(i)
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<?', i):
            return self.parse_pi(i)
        if text.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def _reference(self, text, i, n, end):
        """Parses '&...' at i: (index after it, whether to go on)."""
        if text.startswith('&#', i):
            m = _char_ref.match(text, i)
            if m:
                self.handle_charref(m.group()[2:-1])
                k = m.end()
                return (k if text[k - 1] == ';' else k - 1), True
            if ';' in text[i:]:
                # not a valid reference after all: give up on the '&#'
                self.handle_data(text[i:i + 2])
                return i + 2, False
            return i, False
        m = _entity_ref.match(text, i)
        if m:
            self.handle_entityref(m.group(1))
            k = m.end()
            return (k if text[k - 1] == ';' else k - 1), True
        m = _partial_ref.match(text, i)
        if m:
            if end and m.group() == text[i:]:
                self.error('EOF in middle of entity or char ref')
            return i, False
        if i + 1 < n:
            self.handle_data('&')
            return i + 1, True
        return i, False

    def parse_html_declaration(self, i):
        text = self.rawdata
        if text[i:i + 2] != '<!':
            self.error('unexpected call to parse_html_declaration()')
        if text[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if text[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        text = self.rawdata
        if text[i:i + 2] not in ('<!', '</'):
            self.error('unexpected call to parse_comment()')
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        text = self.rawdata
        assert text[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        text = self.rawdata
        self.__starttag_text = text[i:endpos]
        m = _tag_name.match(text, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _attr.match(text, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] in '\'"' and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = self.unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = text[k:endpos].strip()
        if tail not in ('>', '/>'):
            self.handle_data(text[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        text = self.rawdata
        m = _start_tag_end.match(text, i)
        if not m:
            raise AssertionError('we should not get here!')
        j = m.end()
        nxt = text[j:j + 1]
        if nxt == '>':
            return j + 1
        if nxt == '/':
            if text.startswith('/>', j):
                return j + 2
            if text.startswith('/', j):
                return -1      # maybe the '>' is yet to come
            self.updatepos(i, j + 1)
            self.error('malformed empty start tag')
        if nxt == '':
            return -1
        if nxt in ('abcdefghijklmnopqrstuvwxyz=/'
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ'):
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        assert text[i:i + 2] == '</', 'unexpected call to parse_endtag'
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gtpos = gt + 1
        m = _end_tag.match(text, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gtpos])
                return gtpos
            # a sloppy end tag such as '</a b>' or '</>'
            nm = _tag_name.match(text, i + 2)
            if not nm:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            name = nm.group(1).lower()
            gt = text.find('>', nm.end())
            self.handle_endtag(name)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # -- handlers (overridden by subclasses) --
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    def unescape(self, s):
        """Replaces character and entity references in an attribute
        value."""
        if '&' not in s:
            return s
        return _unescape_ref.sub(self._replace_ref, s)

    def _replace_ref(self, m):
        ref = m.group(1)
        if ref[0] == '#':
            num = ref[1:]
            try:
                if num[:1] in ('x', 'X'):
                    return unichr(int(num[1:], 16))
                return unichr(int(num))
            except ValueError:
                return '&#' + num + ';'
        table = HTMLParser.entitydefs
        if table is None:
            import htmlentitydefs
            table = {'apos': u"'"}
            for name, code in htmlentitydefs.name2codepoint.iteritems():
                table[name] = unichr(code)
            HTMLParser.entitydefs = table
        try:
            return self.entitydefs[ref]
        except KeyError:
            return '&' + ref + ';'
