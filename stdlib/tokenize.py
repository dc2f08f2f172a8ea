"""Splits Python source into tokens, as Python 2.7's tokenize module does.

generate_tokens(readline) yields 5-tuples (type, string, (srow, scol),
(erow, ecol), line); tokenize(readline, tokeneater) feeds them to a
callback; untokenize(tokens) turns tokens back into source text.
Comments and non-logical line ends come out as COMMENT and NL tokens.
"""

import re
import string
from itertools import chain

import token
from token import *

COMMENT = N_TOKENS
NL = N_TOKENS + 1
tok_name[COMMENT] = 'COMMENT'
tok_name[NL] = 'NL'
N_TOKENS += 2

__all__ = [n for n in dir(token) if not n.startswith('_')]
__all__ += ['COMMENT', 'tokenize', 'generate_tokens', 'NL', 'untokenize']
del token

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the regular expressions a line is scanned with ----

def group(*alternatives):
    return '(' + '|'.join(alternatives) + ')'


def any(*alternatives):
    return group(*alternatives) + '*'


def maybe(*alternatives):
    return group(*alternatives) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'[a-zA-Z_]\w*'

Hexnumber = r'0[xX][\da-fA-F]+[lL]?'
Binnumber = r'0[bB][01]+[lL]?'
Octnumber = r'(0[oO][0-7]+)|(0[0-7]*)[lL]?'
Decnumber = r'[1-9]\d*[lL]?'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?\d+'
Pointfloat = group(r'\d+\.\d*', r'\.\d+') + maybe(Exponent)
Expfloat = r'\d+' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'\d+[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)

_prefix = r'[uUbB]?[rR]?'
# The rest of a string once its opening quote has been read.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(_prefix + "'''", _prefix + '"""')
String = group(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

Operator = group(r'\*\*=?', r'>>=?', r'<<=?', r'<>', r'!=', r'//=?',
                 r'[+\-*/%&|^=<>]=?', r'~')
Bracket = '[][(){}]'
Special = group(r'\r?\n', r'[:;.,`@]')
Funny = group(Operator, Bracket, Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string that may go on past a backslash-newline.
ContStr = group(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

tokenprog, pseudoprog, single3prog, double3prog = map(
    re.compile, (Token, PseudoToken, Single3, Double3))

_prefixes = [a + b for a in ('', 'u', 'U', 'b', 'B') for b in ('', 'r', 'R')]
triple_quoted = {}
single_quoted = {}
endprogs = {"'": re.compile(Single), '"': re.compile(Double),
            "'''": single3prog, '"""': double3prog}
for _p in _prefixes:
    triple_quoted[_p + "'''"] = triple_quoted[_p + '"""'] = _p
    single_quoted[_p + "'"] = single_quoted[_p + '"'] = _p
    if _p:
        endprogs[_p + "'''"] = single3prog
        endprogs[_p + '"""'] = double3prog
        endprogs[_p] = None
del _p


def _closing(opener):
    """The pattern ending a string that opened with `opener` (prefix and quotes)."""
    quote = opener.lstrip('uUbBrR')
    return endprogs[quote[:3] if quote[:3] in ("'''", '"""') else quote[0]]


# ---- printing and the callback interface ----

def printtoken(type, token, srow_scol, erow_ecol, line):
    (srow, scol), (erow, ecol) = srow_scol, erow_ecol
    print "%d,%d-%d,%d:\t%s\t%s" % (srow, scol, erow, ecol, tok_name[type], repr(token))


def tokenize(readline, tokeneater=printtoken):
    """Calls tokeneater(type, string, start, end, line) for each token;
    it may raise StopTokenizing to end early."""
    try:
        tokenize_loop(readline, tokeneater)
    except StopTokenizing:
        pass


def tokenize_loop(readline, tokeneater):
    for info in generate_tokens(readline):
        tokeneater(*info)


# ---- turning tokens back into text ----

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        lines_down = row - self.prev_row
        if lines_down:
            # Only a backslash continuation leaves lines with no token.
            self.tokens.append("\\\n" * lines_down)
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Untokenizes (type, string) pairs: spacing is only approximate."""
        out = self.tokens
        indents = []
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in chain([token], iterable):
            kind, text = tok[:2]
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                # adjacent literals must stay apart
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text from tokens: 5-tuples give back the original spacing,
    2-tuples text that tokenizes to the same tokens."""
    return Untokenizer().untokenize(iterable)


# ---- the tokenizer ----

def _indent_width(line):
    """(column, index) after the leading blanks of a line."""
    column = pos = 0
    for ch in line:
        if ch == ' ':
            column += 1
        elif ch == '\t':
            column = (column // tabsize + 1) * tabsize
        elif ch == '\f':
            column = 0
        else:
            break
        pos += 1
    return column, pos


def generate_tokens(readline):
    """Yields the tokens of the lines readline() returns ('' or
    StopIteration at the end), as 5-tuples."""
    lnum = parens = 0
    continued = False
    indents = [0]
    # A string still open at the end of a line: its text so far, where it
    # started, the lines it spans, its closing pattern, and whether the line
    # had to end with a backslash (a single-quoted string).
    pending = None
    line = ''
    while True:
        try:
            line = readline()
        except StopIteration:
            line = ''
        lnum += 1
        pos, end_of_line = 0, len(line)

        if pending is not None:
            text, strstart, lines, endprog, need_backslash = pending
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            m = endprog.match(line)
            if m:
                pos = m.end(0)
                yield (STRING, text + line[:pos], strstart, (lnum, pos), lines + line)
                pending = None
            elif need_backslash and not line.endswith(('\\\n', '\\\r\n')):
                yield (ERRORTOKEN, text + line, strstart, (lnum, len(line)), lines)
                pending = None
                continue
            else:
                pending = (text + line, strstart, lines + line, endprog, need_backslash)
                continue
        elif parens == 0 and not continued:
            # A new logical line: blank lines and comments, then indentation.
            if not line:
                break
            column, pos = _indent_width(line)
            if pos == end_of_line:
                break
            first = line[pos]
            if first == '#':
                comment = line[pos:].rstrip('\r\n')
                stop = pos + len(comment)
                yield (COMMENT, comment, (lnum, pos), (lnum, stop), line)
                yield (NL, line[stop:], (lnum, stop), (lnum, len(line)), line)
                continue
            if first in '\r\n':
                yield (NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield (INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield (DEDENT, '', (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end_of_line:
            m = pseudoprog.match(line, pos)
            if not m:
                yield (ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            tok, first = line[start:end], line[start]
            if first in string.digits or (first == '.' and tok != '.'):
                yield (NUMBER, tok, spos, epos, line)
            elif first in '\r\n':
                yield (NL if parens else NEWLINE, tok, spos, epos, line)
            elif first == '#':
                yield (COMMENT, tok, spos, epos, line)
            elif tok in triple_quoted:
                endprog = _closing(tok)
                m = endprog.match(line, pos)
                if m:
                    pos = m.end(0)
                    yield (STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending = (line[start:], spos, line, endprog, False)
                    break
            elif first in single_quoted or tok[:2] in single_quoted or tok[:3] in single_quoted:
                if tok[-1] == '\n':
                    # ends in a backslash-newline: goes on on the next line
                    pending = (line[start:], spos, line, _closing(tok), True)
                    break
                yield (STRING, tok, spos, epos, line)
            elif first in string.ascii_letters + '_':
                yield (NAME, tok, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    parens += 1
                elif first in ')]}':
                    parens -= 1
                yield (OP, tok, spos, epos, line)

    for _ in indents[1:]:
        yield (DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield (ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def main():
    import sys
    if len(sys.argv) > 1:
        tokenize(open(sys.argv[1]).readline)
    else:
        tokenize(sys.stdin.readline)


if __name__ == '__main__':
    main()
