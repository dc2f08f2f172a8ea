"""sgmllib (minipy's own): an SGML tokenizer whose subclass acts as the
DTD -- start_<tag>/end_<tag> methods mark tags that nest (kept on a stack),
do_<tag> methods tags without end tags; anything else goes to the
unknown_* hooks."""

from warnings import warnpy3k
warnpy3k('the sgmllib module has been removed in Python 3.0', stacklevel=2)
del warnpy3k

import re
import markupbase

__all__ = ['SGMLParser', 'SGMLParseError']

_interesting = re.compile('[&<]')
_incomplete = re.compile('&([a-zA-Z][a-zA-Z0-9]*|#[0-9]*)?|'
                         '<([a-zA-Z][^<>]*|/([a-zA-Z][^<>]*)?|![^<>]*)?')
_entity_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_char_ref = re.compile('&#([0-9]+)[^0-9]')
_tag_open = re.compile('<[>a-zA-Z]')
_short_tag_open = re.compile('<[a-zA-Z][-.a-zA-Z0-9]*/')
_short_tag = re.compile('<([a-zA-Z][-.a-zA-Z0-9]*)/([^/]*)/')
_bracket = re.compile('[<>]')
_tag_name = re.compile('[a-zA-Z][-_.a-zA-Z0-9]*')
_attr = re.compile(
    r'\s*([a-zA-Z_][-:.a-zA-Z_0-9]*)(\s*=\s*'
    r'(\'[^\']*\'|"[^"]*"|[][\-a-zA-Z0-9./,:;+*%?!&$\(\)_#=~\'"@]*))?')

# kept under the old names for code that reaches into the module
interesting, incomplete, entityref, charref = (
    _interesting, _incomplete, _entity_ref, _char_ref)
starttagopen, shorttagopen, shorttag = _tag_open, _short_tag_open, _short_tag
endbracket, tagfind, attrfind = _bracket, _tag_name, _attr


class SGMLParseError(RuntimeError):
    pass


class SGMLParser(markupbase.ParserBase):
    entity_or_charref = re.compile('&(?:([a-zA-Z][-.a-zA-Z0-9]*)|#([0-9]+))'
                                   '(;?)')
    entitydefs = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"',
                  'apos': '\''}
    _decl_otherchars = '='

    def __init__(self, verbose=0):
        self.verbose = verbose
        self.reset()

    def reset(self):
        self.__starttag_text = None
        self.rawdata = ''
        self.stack = []
        self.lasttag = '???'
        self.nomoretags = 0
        self.literal = 0
        markupbase.ParserBase.reset(self)

    def setnomoretags(self):
        """Everything from here to the end is data."""
        self.nomoretags = self.literal = 1

    def setliteral(self, *args):
        """Data until the next end tag."""
        self.literal = 1

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def error(self, message):
        raise SGMLParseError(message)

    def goahead(self, end):
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            if self.nomoretags:
                self.handle_data(text[i:n])
                i = n
                break
            m = _interesting.search(text, i)
            j = m.start() if m else n
            if i < j:
                self.handle_data(text[i:j])
            i = j
            if i == n:
                break
            k = self._markup(text, i, n)
            if k is None:
                # not markup after all: the incomplete-construct rules decide
                m = _incomplete.match(text, i)
                if not m:
                    self.handle_data(text[i])
                    i += 1
                    continue
                j = m.end()
                if j == n:
                    break
                self.handle_data(text[i:j])
                i = j
            elif k < 0:
                break
            else:
                i = k
        if end and i < n:
            self.handle_data(text[i:n])
            i = n
        self.rawdata = text[i:]

    def _markup(self, text, i, n):
        """Index after the construct at i, -1 to wait for more data, or
        None when it is not recognised."""
        c = text[i]
        if c == '<':
            if _tag_open.match(text, i):
                if self.literal:
                    self.handle_data(c)
                    return i + 1
                return self.parse_starttag(i)
            if text.startswith('</', i):
                k = self.parse_endtag(i)
                if k >= 0:
                    self.literal = 0
                return k
            if self.literal:
                if n > i + 1:
                    self.handle_data('<')
                    return i + 1
                return -1
            if text.startswith('<!--', i):
                return self.parse_comment(i)
            if text.startswith('<?', i):
                k = self.parse_pi(i)
                return k if k < 0 else i + k
            if text.startswith('<!', i):
                return self.parse_declaration(i)
            return None
        if c == '&':
            if self.literal:
                self.handle_data(c)
                return i + 1
            for regex, handler in ((_char_ref, self.handle_charref),
                                   (_entity_ref, self.handle_entityref)):
                m = regex.match(text, i)
                if m:
                    handler(m.group(1))
                    k = m.end()
                    return k if text[k - 1] == ';' else k - 1
            return None
        self.error('neither < nor & ??')

    def parse_pi(self, i):
        """Returns the length of the PI (not an index), or -1."""
        text = self.rawdata
        if text[i:i + 2] != '<?':
            self.error('unexpected call to parse_pi()')
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1 - i

    def get_starttag_text(self):
        return self.__starttag_text

    def parse_starttag(self, i):
        self.__starttag_text = None
        text = self.rawdata
        if _short_tag_open.match(text, i):
            # SGML's NET-enabling short form: <tag/data/
            m = _short_tag.match(text, i)
            if not m:
                return -1
            tag, data = m.group(1, 2)
            self.__starttag_text = '<%s/' % tag
            self.finish_shorttag(tag.lower(), data)
            self.__starttag_text = text[i:m.end(1) + 1]
            return m.end()
        m = _bracket.search(text, i + 1)
        if not m:
            return -1
        j = m.start()
        if text[i:i + 2] == '<>':
            # '<>' repeats the previous tag
            k = j
            tag = self.lasttag
        else:
            m = _tag_name.match(text, i + 1)
            if not m:
                self.error('unexpected call to parse_starttag')
            k = m.end()
            tag = self.lasttag = text[i + 1:k].lower()
        attrs = []
        while k < j:
            m = _attr.match(text, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = name
            else:
                if value[:1] in '\'"' and value[:1] == value[-1:]:
                    value = value[1:-1]
                value = self.entity_or_charref.sub(self._convert_ref, value)
            attrs.append((name.lower(), value))
            k = m.end()
        if text[j] == '>':
            j += 1
        self.__starttag_text = text[i:j]
        self.finish_starttag(tag, attrs)
        return j

    def _convert_ref(self, m):
        name, num, semi = m.groups()
        if num:
            return self.convert_charref(num) or '&#%s%s' % (num, semi)
        if semi:
            return self.convert_entityref(name) or '&%s;' % name
        return '&%s' % name

    def parse_endtag(self, i):
        text = self.rawdata
        m = _bracket.search(text, i + 1)
        if not m:
            return -1
        j = m.start()
        tag = text[i + 2:j].strip().lower()
        if text[j] == '>':
            j += 1
        self.finish_endtag(tag)
        return j

    def finish_shorttag(self, tag, data):
        self.finish_starttag(tag, [])
        self.handle_data(data)
        self.finish_endtag(tag)

    def finish_starttag(self, tag, attrs):
        method = getattr(self, 'start_' + tag, None)
        if method is not None:
            self.stack.append(tag)
            self.handle_starttag(tag, method, attrs)
            return 1
        method = getattr(self, 'do_' + tag, None)
        if method is not None:
            self.handle_starttag(tag, method, attrs)
            return 0
        self.unknown_starttag(tag, attrs)
        return -1

    def finish_endtag(self, tag):
        stack = self.stack
        if not tag:
            # '</>' closes the innermost open tag
            found = len(stack) - 1
            if found < 0:
                self.unknown_endtag(tag)
                return
        else:
            if tag not in stack:
                if hasattr(self, 'end_' + tag):
                    self.report_unbalanced(tag)
                else:
                    self.unknown_endtag(tag)
                return
            found = len(stack)
            for k, open_tag in enumerate(stack):
                if open_tag == tag:
                    found = k
        # close everything opened since (and including) the match
        while len(stack) > found:
            top = stack[-1]
            method = getattr(self, 'end_' + top, None)
            if method:
                self.handle_endtag(top, method)
            else:
                self.unknown_endtag(top)
            del stack[-1]

    def handle_starttag(self, tag, method, attrs):
        method(attrs)

    def handle_endtag(self, tag, method):
        method()

    def report_unbalanced(self, tag):
        if self.verbose:
            print '*** Unbalanced </' + tag + '>'
            print '*** Stack:', self.stack

    def convert_charref(self, name):
        try:
            n = int(name)
        except ValueError:
            return None
        if not 0 <= n <= 127:
            return None
        return self.convert_codepoint(n)

    def convert_codepoint(self, codepoint):
        return chr(codepoint)

    def handle_charref(self, name):
        text = self.convert_charref(name)
        if text is None:
            self.unknown_charref(name)
        else:
            self.handle_data(text)

    def convert_entityref(self, name):
        return self.entitydefs.get(name)

    def handle_entityref(self, name):
        text = self.convert_entityref(name)
        if text is None:
            self.unknown_entityref(name)
        else:
            self.handle_data(text)

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_starttag(self, tag, attrs):
        pass

    def unknown_endtag(self, tag):
        pass

    def unknown_charref(self, ref):
        pass

    def unknown_entityref(self, ref):
        pass


class TestSGMLParser(SGMLParser):
    """Prints what it parses (for trying the parser out)."""

    def __init__(self, verbose=0):
        self.testdata = ''
        SGMLParser.__init__(self, verbose)

    def handle_data(self, data):
        self.testdata = self.testdata + data
        if len(repr(self.testdata)) >= 70:
            self.flush()

    def flush(self):
        data = self.testdata
        if data:
            self.testdata = ''
            print 'data:', repr(data)

    def handle_comment(self, data):
        self.flush()
        r = repr(data)
        if len(r) > 68:
            r = r[:32] + '...' + r[-32:]
        print 'comment:', r

    def unknown_starttag(self, tag, attrs):
        self.flush()
        if not attrs:
            print 'start tag: <' + tag + '>'
        else:
            print 'start tag: <' + tag,
            for name, value in attrs:
                print name + '=' + '"' + value + '"',
            print '>'

    def unknown_endtag(self, tag):
        self.flush()
        print 'end tag: </' + tag + '>'

    def unknown_entityref(self, ref):
        self.flush()
        print '*** unknown entity ref: &' + ref + ';'

    def unknown_charref(self, ref):
        self.flush()
        print '*** unknown char ref: &#' + ref + ';'

    def unknown_decl(self, data):
        self.flush()
        print '*** unknown decl: [' + data + ']'

    def close(self):
        SGMLParser.close(self)
        self.flush()


def test(args=None):
    import sys
    if args is None:
        args = sys.argv[1:]
    klass = TestSGMLParser
    if args and args[0] == '-s':
        args = args[1:]
        klass = SGMLParser
    name = args[0] if args else 'test.html'
    if name == '-':
        data = sys.stdin.read()
    else:
        try:
            with open(name, 'r') as f:
                data = f.read()
        except IOError as msg:
            print name, ':', msg
            sys.exit(1)
    parser = klass()
    for c in data:
        parser.feed(c)
    parser.close()


if __name__ == '__main__':
    test()
