"""Wrapping and filling of text paragraphs, and dedent().

Words are split by a hand-written scanner that reproduces the splitting
of Python 2.7's regular expressions (whitespace runs, hyphenated words and
em-dashes)."""

import string

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent']

_whitespace = '\t\n\x0b\x0c\r '
_word_chars = frozenset(string.ascii_letters + string.digits + '_')
_digits = frozenset(string.digits)
_dash_after = frozenset('!"\'&.,?')


def _is_word(c):
    return c in _word_chars


def _is_space(c):
    return c in _whitespace


# Unicode text splits as 2.7's patterns do under re.UNICODE: letters and
# digits of every script make words, and every Unicode space separates.
def _is_uni_word(c):
    return c == u'_' or c.isalnum()


def _is_uni_space(c):
    return c.isspace()


def _separator_end(text, s, hyphens, _is_word=_is_word, _is_space=_is_space):
    """Where a separator starting at s ends, or -1 if none starts there.
    Separators are whitespace runs; with hyphens also 'word-' before
    another word, and runs of two or more dashes between words."""
    n = len(text)
    c = text[s]
    if _is_space(c):
        e = s + 1
        while e < n and _is_space(text[e]):
            e += 1
        return e
    if not hyphens:
        return -1
    # Punctuation, then a word of two or more characters ending in a
    # letter, then '-' followed by a word with a letter after its first
    # character.
    e = s
    while e < n and not (_is_space(text[e]) or _is_word(text[e])):
        e += 1
    w = e
    while w < n and _is_word(text[w]):
        w += 1
    if w - e >= 2 and w < n and text[w] == '-' and text[w - 1] not in _digits:
        r = w + 1
        end = r
        while end < n and _is_word(text[end]):
            end += 1
        for k in xrange(r + 1, end):
            if text[k] not in _digits:
                return w + 1
    # An em-dash: two or more '-' after a word or punctuation, before a word.
    if c == '-' and s > 0 and (_is_word(text[s - 1]) or
                               text[s - 1] in _dash_after):
        e = s
        while e < n and text[e] == '-':
            e += 1
        if e - s >= 2 and e < n and _is_word(text[e]):
            return e
    return -1


def _split(text, hyphens):
    chunks = []
    start = 0
    s = 0
    n = len(text)
    kinds = isinstance(text, unicode) and (_is_uni_word, _is_uni_space) or ()
    while s < n:
        e = _separator_end(text, s, hyphens, *kinds)
        if e < 0:
            s += 1
            continue
        if s > start:
            chunks.append(text[start:s])
        chunks.append(text[s:e])
        start = s = e
    if start < n:
        chunks.append(text[start:])
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then maybe a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            chunk[-2] in string.lowercase)


class TextWrapper:
    """Wraps text into lines of at most `width` characters.

    Options (attributes): width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        # TextWrapper has no wordsep_re (it scans by hand); one given by a
        # subclass or an instance splits the text, as in 2.7.
        custom = getattr(self, 'wordsep_re', None)
        if custom is not None and self.break_on_hyphens:
            return custom.split(text)
        return _split(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            room = 1
        else:
            room = width - cur_len
        if self.break_long_words:
            cur_line.append(reversed_chunks[-1][:room])
            reversed_chunks[-1] = reversed_chunks[-1][room:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        # Reversed, so that the next chunk is popped from the end.
        chunks.reverse()
        while chunks:
            line = []
            used = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if used + size > width:
                    break
                line.append(chunks.pop())
                used += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, used, width)
            if self.drop_whitespace and line and line[-1].strip() == '':
                del line[-1]
            if line:
                lines.append(indent + ''.join(line))
        return lines

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        text = self._munge_whitespace(text)
        chunks = [c for c in self._split(text) if c]
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def dedent(text):
    """Removes the leading whitespace common to all non-blank lines; lines
    of only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        indent = line[:len(line) - len(body)]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif indent.startswith(margin):
            pass
        else:
            common = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)
