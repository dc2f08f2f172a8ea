"""htmllib (minipy's own): an HTML 2.0 parser over sgmllib that renders
through a formatter (see the formatter module) and collects anchors.

Tag handlers that only change fonts or margins are generated from tables
below rather than written out one by one."""

from warnings import warnpy3k
warnpy3k('the htmllib module has been removed in Python 3.0', stacklevel=2)
del warnpy3k

import sgmllib
from formatter import AS_IS

__all__ = ['HTMLParser', 'HTMLParseError']


class HTMLParseError(sgmllib.SGMLParseError):
    pass


class HTMLParser(sgmllib.SGMLParser):
    from htmlentitydefs import entitydefs

    def __init__(self, formatter, verbose=0):
        sgmllib.SGMLParser.__init__(self, verbose)
        self.formatter = formatter

    def error(self, message):
        raise HTMLParseError(message)

    def reset(self):
        sgmllib.SGMLParser.reset(self)
        self.savedata = None
        self.isindex = 0
        self.title = None
        self.base = None
        self.anchor = None
        self.anchorlist = []
        self.nofill = 0
        self.list_stack = []

    def handle_data(self, data):
        if self.savedata is not None:
            self.savedata = self.savedata + data
        elif self.nofill:
            self.formatter.add_literal_data(data)
        else:
            self.formatter.add_flowing_data(data)

    def save_bgn(self):
        """Collect data instead of formatting it, until save_end()."""
        self.savedata = ''

    def save_end(self):
        data = self.savedata
        self.savedata = None
        if not self.nofill:
            data = ' '.join(data.split())
        return data

    def anchor_bgn(self, href, name, type):
        self.anchor = href
        if self.anchor:
            self.anchorlist.append(href)

    def anchor_end(self):
        if self.anchor:
            self.handle_data('[%d]' % len(self.anchorlist))
            self.anchor = None

    def handle_image(self, src, alt, *args):
        self.handle_data(alt)

    # -- document structure --
    def start_html(self, attrs):
        pass

    def end_html(self):
        pass

    def start_head(self, attrs):
        pass

    def end_head(self):
        pass

    def start_body(self, attrs):
        pass

    def end_body(self):
        pass

    def start_title(self, attrs):
        self.save_bgn()

    def end_title(self):
        self.title = self.save_end()

    def do_base(self, attrs):
        for name, value in attrs:
            if name == 'href':
                self.base = value

    def do_isindex(self, attrs):
        self.isindex = 1

    def do_link(self, attrs):
        pass

    def do_meta(self, attrs):
        pass

    def do_nextid(self, attrs):
        pass

    # -- blocks --
    def do_p(self, attrs):
        self.formatter.end_paragraph(1)

    def start_pre(self, attrs):
        self.formatter.end_paragraph(1)
        self.formatter.push_font((AS_IS, AS_IS, AS_IS, 1))
        self.nofill = self.nofill + 1

    def end_pre(self):
        self.formatter.end_paragraph(1)
        self.formatter.pop_font()
        self.nofill = max(0, self.nofill - 1)

    def start_xmp(self, attrs):
        self.start_pre(attrs)
        self.setliteral('xmp')

    def end_xmp(self):
        self.end_pre()

    def start_listing(self, attrs):
        self.start_pre(attrs)
        self.setliteral('listing')

    def end_listing(self):
        self.end_pre()

    def start_address(self, attrs):
        self.formatter.end_paragraph(0)
        self.formatter.push_font((AS_IS, 1, AS_IS, AS_IS))

    def end_address(self):
        self.formatter.end_paragraph(0)
        self.formatter.pop_font()

    def start_blockquote(self, attrs):
        self.formatter.end_paragraph(1)
        self.formatter.push_margin('blockquote')

    def end_blockquote(self):
        self.formatter.end_paragraph(1)
        self.formatter.pop_margin()

    # -- lists --
    def start_ul(self, attrs):
        self.formatter.end_paragraph(not self.list_stack)
        self.formatter.push_margin('ul')
        self.list_stack.append(['ul', '*', 0])

    def end_ul(self):
        if self.list_stack:
            del self.list_stack[-1]
        self.formatter.end_paragraph(not self.list_stack)
        self.formatter.pop_margin()

    start_menu = start_dir = start_ul
    end_menu = end_dir = end_ul

    def do_li(self, attrs):
        self.formatter.end_paragraph(0)
        if self.list_stack:
            top = self.list_stack[-1]
            top[2] += 1
            label, counter = top[1], top[2]
        else:
            label, counter = '*', 0
        self.formatter.add_label_data(label, counter)

    def start_ol(self, attrs):
        self.formatter.end_paragraph(not self.list_stack)
        self.formatter.push_margin('ol')
        label = '1.'
        for name, value in attrs:
            if name == 'type':
                label = value + '.' if len(value) == 1 else value
        self.list_stack.append(['ol', label, 0])

    end_ol = end_ul

    def start_dl(self, attrs):
        self.formatter.end_paragraph(1)
        self.list_stack.append(['dl', '', 0])

    def end_dl(self):
        self.ddpop(1)
        if self.list_stack:
            del self.list_stack[-1]

    def do_dt(self, attrs):
        self.ddpop()

    def do_dd(self, attrs):
        self.ddpop()
        self.formatter.push_margin('dd')
        self.list_stack.append(['dd', '', 0])

    def ddpop(self, bl=0):
        self.formatter.end_paragraph(bl)
        if self.list_stack and self.list_stack[-1][0] == 'dd':
            del self.list_stack[-1]
            self.formatter.pop_margin()

    # -- inline --
    def start_a(self, attrs):
        href = name = type = ''
        for attr, value in attrs:
            value = value.strip()
            if attr == 'href':
                href = value
            elif attr == 'name':
                name = value
            elif attr == 'type':
                type = value.lower()
        self.anchor_bgn(href, name, type)

    def end_a(self):
        self.anchor_end()

    def do_br(self, attrs):
        self.formatter.add_line_break()

    def do_hr(self, attrs):
        self.formatter.add_hor_rule()

    def do_img(self, attrs):
        align = ismap = src = ''
        alt = '(image)'
        width = height = 0
        for attr, value in attrs:
            if attr == 'align':
                align = value
            elif attr == 'alt':
                alt = value
            elif attr == 'ismap':
                ismap = value
            elif attr == 'src':
                src = value
            elif attr in ('width', 'height'):
                try:
                    if attr == 'width':
                        width = int(value)
                    else:
                        height = int(value)
                except ValueError:
                    pass
        self.handle_image(src, alt, ismap, align, width, height)

    def do_plaintext(self, attrs):
        self.start_pre(attrs)
        self.setnomoretags()

    def unknown_starttag(self, tag, attrs):
        pass

    def unknown_endtag(self, tag):
        pass


def _heading(level):
    font = ('h%d' % level, 0, 1, 0)

    def start(self, attrs):
        self.formatter.end_paragraph(1)
        self.formatter.push_font(font)

    def end(self):
        self.formatter.end_paragraph(1)
        self.formatter.pop_font()
    return start, end


def _font(font):
    def start(self, attrs):
        self.formatter.push_font(font)

    def end(self):
        self.formatter.pop_font()
    return start, end


for _level in range(1, 7):
    _s, _e = _heading(_level)
    setattr(HTMLParser, 'start_h%d' % _level, _s)
    setattr(HTMLParser, 'end_h%d' % _level, _e)

# phrase elements, by the font component they switch on
_ITALIC = (AS_IS, 1, AS_IS, AS_IS)
_BOLD = (AS_IS, AS_IS, 1, AS_IS)
_MONO = (AS_IS, AS_IS, AS_IS, 1)
for _tags, _f in ((('i', 'cite', 'em', 'var'), _ITALIC),
                  (('b', 'strong'), _BOLD),
                  (('tt', 'code', 'kbd', 'samp'), _MONO)):
    _s, _e = _font(_f)
    for _tag in _tags:
        setattr(HTMLParser, 'start_' + _tag, _s)
        setattr(HTMLParser, 'end_' + _tag, _e)
del _level, _s, _e, _tags, _f, _tag


def test(args=None):
    import sys
    import formatter
    if not args:
        args = sys.argv[1:]
    silent = args and args[0] == '-s'
    if silent:
        del args[0]
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
    if silent:
        fmt = formatter.NullFormatter()
    else:
        fmt = formatter.AbstractFormatter(formatter.DumbWriter())
    p = HTMLParser(fmt)
    p.feed(data)
    p.close()


if __name__ == '__main__':
    test()
