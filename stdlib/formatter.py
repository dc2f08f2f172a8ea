"""formatter (minipy's own): the formatter/writer pair htmllib renders
through -- a formatter tracks paragraphs, spacing, fonts, margins and
styles and tells a writer what to emit."""

import sys

AS_IS = None   # "leave this font component as it is"


class NullFormatter:
    """Accepts every formatter call and does nothing."""

    def __init__(self, writer=None):
        if writer is None:
            writer = NullWriter()
        self.writer = writer

    def _ignore(self, *args, **kw):
        pass

    end_paragraph = add_line_break = add_hor_rule = add_label_data = \
        add_flowing_data = add_literal_data = flush_softspace = \
        push_alignment = pop_alignment = push_font = pop_font = \
        push_margin = pop_margin = set_spacing = push_style = pop_style = \
        assert_line_data = _ignore


class AbstractFormatter:
    """The usual formatter: collapses white space in flowing text and
    keeps stacks of alignments, fonts, margins and styles."""

    def __init__(self, writer):
        self.writer = writer
        self.align = None
        self.align_stack = []
        self.font_stack = []
        self.margin_stack = []
        self.spacing = None
        self.style_stack = []
        self.nospace = 1        # suppress a leading space
        self.softspace = 0      # a space is owed before the next word
        self.para_end = 1       # a paragraph has just ended
        self.parskip = 0        # blank lines already sent
        self.hard_break = 1     # at the start of a line
        self.have_label = 0

    def _after_break(self):
        self.hard_break = self.nospace = 1
        self.softspace = 0

    def end_paragraph(self, blankline):
        if not self.hard_break:
            self.writer.send_line_break()
            self.have_label = 0
        if self.parskip < blankline and not self.have_label:
            self.writer.send_paragraph(blankline - self.parskip)
            self.parskip = blankline
            self.have_label = 0
        self._after_break()
        self.para_end = 1

    def add_line_break(self):
        if not (self.hard_break or self.para_end):
            self.writer.send_line_break()
            self.have_label = self.parskip = 0
        self._after_break()

    def add_hor_rule(self, *args, **kw):
        if not self.hard_break:
            self.writer.send_line_break()
        self.writer.send_hor_rule(*args, **kw)
        self._after_break()
        self.have_label = self.para_end = self.parskip = 0

    def add_label_data(self, format, counter, blankline=None):
        if self.have_label or not self.hard_break:
            self.writer.send_line_break()
        if not self.para_end:
            self.writer.send_paragraph(1 if blankline else 0)
        if isinstance(format, str):
            format = self.format_counter(format, counter)
        self.writer.send_label_data(format)
        self.nospace = self.have_label = self.hard_break = self.para_end = 1
        self.softspace = self.parskip = 0

    def format_counter(self, format, counter):
        out = []
        for c in format:
            if c == '1':
                out.append('%d' % counter)
            elif c in 'aA':
                if counter > 0:
                    out.append(self.format_letter(c, counter))
            elif c in 'iI':
                if counter > 0:
                    out.append(self.format_roman(c, counter))
            else:
                out.append(c)
        return ''.join(out)

    def format_letter(self, case, counter):
        # bijective base 26: a..z, aa, ab, ...
        letters = ''
        while counter > 0:
            counter, digit = divmod(counter - 1, 26)
            letters = chr(ord(case) + digit) + letters
        return letters

    def format_roman(self, case, counter):
        numerals = (('m', 1000), ('cm', 900), ('d', 500), ('cd', 400),
                    ('c', 100), ('xc', 90), ('l', 50), ('xl', 40),
                    ('x', 10), ('ix', 9), ('v', 5), ('iv', 4), ('i', 1))
        out = []
        thousands, counter = divmod(counter, 1000)
        out.append('m' * thousands)
        for sym, value in numerals[1:]:
            while counter >= value:
                out.append(sym)
                counter -= value
        label = ''.join(out)
        return label.upper() if case == 'I' else label

    def add_flowing_data(self, data):
        if not data:
            return
        lead = data[:1].isspace()
        trail = data[-1:].isspace()
        data = ' '.join(data.split())
        if self.nospace and not data:
            return
        if lead or self.softspace:
            if not data:
                if not self.nospace:
                    self.softspace = 1
                    self.parskip = 0
                return
            if not self.nospace:
                data = ' ' + data
        self.hard_break = self.nospace = self.para_end = \
            self.parskip = self.have_label = 0
        self.softspace = trail
        self.writer.send_flowing_data(data)

    def add_literal_data(self, data):
        if not data:
            return
        if self.softspace:
            self.writer.send_flowing_data(' ')
        self.hard_break = data[-1:] == '\n'
        self.nospace = self.para_end = self.softspace = \
            self.parskip = self.have_label = 0
        self.writer.send_literal_data(data)

    def _pay_softspace(self):
        if self.softspace:
            self.hard_break = self.para_end = self.softspace = 0
            self.nospace = 1
            self.writer.send_flowing_data(' ')

    def flush_softspace(self):
        if self.softspace:
            self.parskip = self.have_label = 0
            self._pay_softspace()

    def push_alignment(self, align):
        if align and align != self.align:
            self.writer.new_alignment(align)
            self.align = align
        self.align_stack.append(self.align)

    def pop_alignment(self):
        if self.align_stack:
            del self.align_stack[-1]
        self.align = self.align_stack[-1] if self.align_stack else None
        self.writer.new_alignment(self.align)

    def push_font(self, font):
        size, italic, bold, tt = font
        self._pay_softspace()
        if self.font_stack:
            csize, citalic, cbold, ctt = self.font_stack[-1]
            if size is AS_IS:
                size = csize
            if italic is AS_IS:
                italic = citalic
            if bold is AS_IS:
                bold = cbold
            if tt is AS_IS:
                tt = ctt
        font = (size, italic, bold, tt)
        self.font_stack.append(font)
        self.writer.new_font(font)

    def pop_font(self):
        if self.font_stack:
            del self.font_stack[-1]
        self.writer.new_font(self.font_stack[-1] if self.font_stack
                             else None)

    def _margins(self):
        return [m for m in self.margin_stack if m]

    def push_margin(self, margin):
        self.margin_stack.append(margin)
        real = self._margins()
        if not margin and real:
            margin = real[-1]
        self.writer.new_margin(margin, len(real))

    def pop_margin(self):
        if self.margin_stack:
            del self.margin_stack[-1]
        real = self._margins()
        self.writer.new_margin(real[-1] if real else None, len(real))

    def set_spacing(self, spacing):
        self.spacing = spacing
        self.writer.new_spacing(spacing)

    def push_style(self, *styles):
        self._pay_softspace()
        self.style_stack.extend(styles)
        self.writer.new_styles(tuple(self.style_stack))

    def pop_style(self, n=1):
        del self.style_stack[-n:]
        self.writer.new_styles(tuple(self.style_stack))

    def assert_line_data(self, flag=1):
        self.nospace = self.hard_break = not flag
        self.para_end = self.parskip = self.have_label = 0


class NullWriter:
    """A writer that ignores everything (a base for real writers)."""

    def __init__(self):
        pass

    def _ignore(self, *args, **kw):
        pass

    flush = new_alignment = new_font = new_margin = new_spacing = \
        new_styles = send_paragraph = send_line_break = send_hor_rule = \
        send_label_data = send_flowing_data = send_literal_data = _ignore


class AbstractWriter(NullWriter):
    """A writer that prints each call (for debugging formatters)."""

    def new_alignment(self, align):
        print 'new_alignment(%r)' % (align,)

    def new_font(self, font):
        print 'new_font(%r)' % (font,)

    def new_margin(self, margin, level):
        print 'new_margin(%r, %d)' % (margin, level)

    def new_spacing(self, spacing):
        print 'new_spacing(%r)' % (spacing,)

    def new_styles(self, styles):
        print 'new_styles(%r)' % (styles,)

    def send_paragraph(self, blankline):
        print 'send_paragraph(%r)' % (blankline,)

    def send_line_break(self):
        print 'send_line_break()'

    def send_hor_rule(self, *args, **kw):
        print 'send_hor_rule()'

    def send_label_data(self, data):
        print 'send_label_data(%r)' % (data,)

    def send_flowing_data(self, data):
        print 'send_flowing_data(%r)' % (data,)

    def send_literal_data(self, data):
        print 'send_literal_data(%r)' % (data,)


class DumbWriter(NullWriter):
    """Writes word-wrapped text (maxcol columns) to a file."""

    def __init__(self, file=None, maxcol=72):
        self.file = file or sys.stdout
        self.maxcol = maxcol
        NullWriter.__init__(self)
        self.reset()

    def reset(self):
        self.col = 0
        self.atbreak = 0

    def send_paragraph(self, blankline):
        self.file.write('\n' * blankline)
        self.reset()

    def send_line_break(self):
        self.file.write('\n')
        self.reset()

    def send_hor_rule(self, *args, **kw):
        self.file.write('\n' + '-' * self.maxcol + '\n')
        self.reset()

    def send_literal_data(self, data):
        self.file.write(data)
        nl = data.rfind('\n')
        if nl >= 0:
            self.col = 0
            data = data[nl + 1:]
        self.col += len(data.expandtabs())
        self.atbreak = 0

    def send_flowing_data(self, data):
        if not data:
            return
        atbreak = self.atbreak or data[0].isspace()
        col = self.col
        write = self.file.write
        for word in data.split():
            if atbreak:
                if col + len(word) >= self.maxcol:
                    write('\n')
                    col = 0
                else:
                    write(' ')
                    col += 1
            write(word)
            col += len(word)
            atbreak = 1
        self.col = col
        self.atbreak = data[-1].isspace()


def test(file=None):
    w = DumbWriter()
    f = AbstractFormatter(w)
    if file is not None:
        fp = open(file)
    elif sys.argv[1:]:
        fp = open(sys.argv[1])
    else:
        fp = sys.stdin
    for line in fp:
        if line == '\n':
            f.end_paragraph(1)
        else:
            f.add_flowing_data(line)
    f.end_paragraph(0)


if __name__ == '__main__':
    test()
