# sre_parse for minipy: turns a regular expression into a tree, and a
# replacement template into pieces, with Python 2.7's syntax and its error
# messages.
#
# The tree is a list of nodes (tuples whose first item is a tag string):
#   ('lit', c) ('nlit', c) ('any',) ('in', negated, items) ('at', where)
#   ('grp', gid_or_None, seq) ('rep', lo, hi, greedy, seq) ('alt', [seq, ...])
#   ('look', behind, negative, seq) ('ref', gid) ('cond', gid, yes, no)
# where seq is again such a list, and set items are ('lit', c),
# ('range', lo, hi) or ('cat', name) with name one of d D s S w W.

from sre_constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
WHITESPACE = frozenset(" \t\n\r\v\f")

_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9,
                   "v": 11, "\\": 92}
_CLASS_NAMES = frozenset("dDsSwW")
_AT_ESCAPES = {"A": "A", "Z": "Z", "b": "b", "B": "B"}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}


def isident(ch):
    return "a" <= ch <= "z" or "A" <= ch <= "Z" or ch == "_"


def isdigit(ch):
    return "0" <= ch <= "9"


def isname(name):
    if not name or not isident(name[0]):
        return False
    for ch in name[1:]:
        if not (isident(ch) or isdigit(ch)):
            return False
    return True


class _Tokens(object):
    """Reads a pattern one token at a time: a character, or a backslash
    with the character after it. `next` is the token ahead (None at the
    end); 2.7 reads one token ahead, so a trailing backslash is reported
    as soon as the token before it is taken."""

    def __init__(self, text):
        self.text = text
        self.index = 0
        self._advance()

    def _advance(self):
        text = self.text
        i = self.index
        if i >= len(text):
            self.next = None
            return
        ch = text[i]
        if ch == "\\":
            if i + 1 >= len(text):
                raise error("bogus escape (end of line)")
            ch = text[i:i + 2]
        self.index = i + len(ch)
        self.next = ch

    def get(self):
        tok = self.next
        self._advance()
        return tok

    def match(self, tok):
        if self.next == tok:
            self._advance()
            return True
        return False

    def tell(self):
        return self.index, self.next

    def seek(self, where):
        self.index, self.next = where


class ParseState(object):
    """What the whole pattern shares while it is parsed."""

    def __init__(self, flags=0):
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.lookbehind = 0

    def opengroup(self, name=None):
        gid = self.groups
        self.groups = gid + 1
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %s as group %d; "
                            "was group %d" % (repr(name), gid, old))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid):
        self.open.remove(gid)

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open


class Parsed(object):
    """The result of parse(): the tree and what the compiler needs."""

    def __init__(self, text, seq, state):
        self.str = text
        self.seq = seq
        self.state = state
        self.flags = state.flags
        self.groups = state.groups
        self.groupdict = state.groupdict


# --------------------------------------------------------------------
# widths

def getwidth(seq):
    """(min, max) length of what seq matches, as 2.7 counts it (group
    references, assertions and conditionals count as 0)."""
    lo = hi = 0
    for node in seq:
        tag = node[0]
        if tag in ("lit", "nlit", "any", "in"):
            lo += 1
            hi += 1
        elif tag == "grp":
            a, b = getwidth(node[2])
            lo += a
            hi += b
        elif tag == "rep":
            a, b = getwidth(node[4])
            lo += a * node[1]
            hi += b * node[2]
        elif tag == "alt":
            a = MAXREPEAT - 1
            b = 0
            for sub in node[1]:
                x, y = getwidth(sub)
                a = min(a, x)
                b = max(b, y)
            lo += a
            hi += b
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


# --------------------------------------------------------------------
# escapes

def _class_escape(src, tok):
    """An escape inside [...]: a set item."""
    c = tok[1]
    if c in _SIMPLE_ESCAPES:
        return ("lit", _SIMPLE_ESCAPES[c])
    if c in _CLASS_NAMES:
        return ("cat", c)
    if c == "x":
        digits = ""
        while src.next in HEXDIGITS and len(digits) < 2:
            digits += src.get()
        if len(digits) != 2:
            raise error("bogus escape: %s" % repr("\\" + digits))
        return ("lit", int(digits, 16) & 0xff)
    if c in OCTDIGITS:
        digits = c
        while src.next in OCTDIGITS and len(digits) < 3:
            digits += src.get()
        return ("lit", int(digits, 8) & 0xff)
    if c in DIGITS:
        raise error("bogus escape: %s" % repr(tok))
    return ("lit", ord(c))


def _escape(src, tok, state):
    """An escape outside a set: a node."""
    c = tok[1]
    if c in _AT_ESCAPES:
        return ("at", c)
    if c in _CLASS_NAMES:
        return ("in", False, [("cat", c)])
    if c in _SIMPLE_ESCAPES:
        return ("lit", _SIMPLE_ESCAPES[c])
    if c == "x":
        digits = ""
        while src.next in HEXDIGITS and len(digits) < 2:
            digits += src.get()
        if len(digits) != 2:
            raise error("bogus escape: %s" % repr("\\x" + digits))
        return ("lit", int(digits, 16) & 0xff)
    if c == "0":
        digits = "0"
        while src.next in OCTDIGITS and len(digits) < 3:
            digits += src.get()
        return ("lit", int(digits, 8) & 0xff)
    if c in DIGITS:
        digits = c
        if src.next in DIGITS:
            digits += src.get()
            if (digits[0] in OCTDIGITS and digits[1] in OCTDIGITS and
                    src.next in OCTDIGITS):
                digits += src.get()
                return ("lit", int(digits, 8) & 0xff)
        gid = int(digits)
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise error("cannot refer to open group")
            return ("ref", gid)
        raise error("bogus escape: %s" % repr("\\" + digits))
    return ("lit", ord(c))


# --------------------------------------------------------------------
# the pattern grammar

def _alternation(src, state):
    """a|b|c up to a ')' or the end: a sequence."""
    branches = [_sequence(src, state)]
    while src.match("|"):
        branches.append(_sequence(src, state))
    if len(branches) == 1:
        return branches[0]
    # Alternatives of one literal each are a set (as 2.7's parser does).
    for b in branches:
        if len(b) != 1 or b[0][0] != "lit":
            return [("alt", branches)]
    return [("in", False, [b[0] for b in branches])]


def _conditional(src, state, gid):
    yes = _sequence(src, state)
    no = None
    if src.match("|"):
        no = _sequence(src, state)
        if src.match("|"):
            raise error("conditional backref with more than two branches")
    if src.next is not None and src.next != ")":
        raise error("pattern not properly closed")
    return [("cond", gid, yes, no)]


def _read_name(src, end):
    name = ""
    while True:
        ch = src.get()
        if ch is None:
            raise error("unterminated name")
        if ch == end:
            return name
        name += ch


def _parse_set(src):
    negated = src.match("^")
    items = []
    while True:
        tok = src.get()
        if tok == "]" and items:
            break
        if tok is None:
            raise error("unexpected end of regular expression")
        if tok == "]" and not items:
            first = ("lit", 93)
        elif tok[0] == "\\":
            first = _class_escape(src, tok)
        else:
            first = ("lit", ord(tok))
        if src.match("-"):
            tok = src.get()
            if tok == "]":
                items.append(first)
                items.append(("lit", 45))
                break
            if tok is None:
                raise error("unexpected end of regular expression")
            if tok[0] == "\\":
                second = _class_escape(src, tok)
            else:
                second = ("lit", ord(tok))
            if first[0] != "lit" or second[0] != "lit":
                raise error("bad character range")
            if second[1] < first[1]:
                raise error("bad character range")
            items.append(("range", first[1], second[1]))
        else:
            items.append(first)
    if len(items) == 1 and items[0][0] == "lit":
        if negated:
            return ("nlit", items[0][1])
        return items[0]
    return ("in", negated, items)


def _parse_repeat_bounds(src, tok):
    """(lo, hi) for * + ? {m,n}; None when '{' is a plain character."""
    if tok == "?":
        return 0, 1
    if tok == "*":
        return 0, MAXREPEAT
    if tok == "+":
        return 1, MAXREPEAT
    if src.next == "}":
        return None
    here = src.tell()
    lo = hi = ""
    while src.next in DIGITS:
        lo += src.get()
    if src.match(","):
        while src.next in DIGITS:
            hi += src.get()
    else:
        hi = lo
    if not src.match("}"):
        src.seek(here)
        return None
    low, high = 0, MAXREPEAT
    if lo:
        low = int(lo)
        if low >= MAXREPEAT:
            raise OverflowError("the repetition number is too large")
    if hi:
        high = int(hi)
        if high >= MAXREPEAT:
            raise OverflowError("the repetition number is too large")
        if high < low:
            raise error("bad repeat interval")
    return low, high


def _parse_group(src, state, seq):
    """After '(': appends the group (or assertion, ...) to seq."""
    gid = None
    capture = True
    cond = None
    if src.match("?"):
        capture = False
        if src.match("P"):
            if src.match("<"):
                name = _read_name(src, ">")
                if not name:
                    raise error("missing group name")
                if not isname(name):
                    raise error("bad character in group name %r" % name)
                gid = state.opengroup(name)
                capture = True
            elif src.match("="):
                name = _read_name(src, ")")
                if not name:
                    raise error("missing group name")
                if not isname(name):
                    raise error("bad character in backref group name %r"
                                % name)
                ref = state.groupdict.get(name)
                if ref is None:
                    raise error("unknown group name: %r" % (name,))
                seq.append(("ref", ref))
                return
            else:
                ch = src.get()
                if ch is None:
                    raise error("unexpected end of pattern")
                raise error("unknown specifier: ?P%s" % ch)
        elif src.match(":"):
            body = _alternation(src, state)
            if not src.match(")"):
                raise error("unbalanced parenthesis")
            seq.append(("grp", None, body))
            return
        elif src.match("#"):
            while src.next is not None and src.next != ")":
                src.get()
            if not src.match(")"):
                raise error("unbalanced parenthesis")
            return
        elif src.next in ("=", "!", "<"):
            ch = src.get()
            behind = False
            if ch == "<":
                if src.next not in ("=", "!"):
                    raise error("syntax error")
                behind = True
                ch = src.get()
                state.lookbehind += 1
            body = _alternation(src, state)
            if behind:
                state.lookbehind -= 1
            if not src.match(")"):
                raise error("unbalanced parenthesis")
            seq.append(("look", behind, ch == "!", body))
            return
        elif src.match("("):
            name = _read_name(src, ")")
            if not name:
                raise error("missing group name")
            if isname(name):
                cond = state.groupdict.get(name)
                if cond is None:
                    raise error("unknown group name: %r" % (name,))
            else:
                try:
                    cond = int(name)
                except ValueError:
                    raise error("bad character in group name")
            body = _conditional(src, state, cond) if cond else \
                _alternation(src, state)
            if not src.match(")"):
                raise error("unbalanced parenthesis")
            if cond:
                seq.extend(body)
            else:
                seq.append(("grp", None, body))
            return
        else:
            if src.next not in FLAGS:
                raise error("unexpected end of pattern")
            while src.next in FLAGS:
                state.flags |= FLAGS[src.get()]
            ch = src.get()
            if ch is None:
                raise error("unexpected end of pattern")
            if ch != ")":
                raise error("unknown extension")
            return
    if gid is None:
        gid = state.opengroup()
    body = _alternation(src, state)
    if not src.match(")"):
        raise error("unbalanced parenthesis")
    state.closegroup(gid)
    seq.append(("grp", gid, body))


def _sequence(src, state):
    """Items up to a '|', a ')' or the end."""
    seq = []
    while True:
        if src.next in ("|", ")"):
            break
        tok = src.get()
        if tok is None:
            break
        if state.flags & SRE_FLAG_VERBOSE:
            if tok in WHITESPACE:
                continue
            if tok == "#":
                while True:
                    tok = src.get()
                    if tok is None or tok == "\n":
                        break
                continue
        first = tok[0]
        if first not in SPECIAL_CHARS:
            seq.append(("lit", ord(tok)))
        elif tok == "[":
            seq.append(_parse_set(src))
        elif first in REPEAT_CHARS:
            bounds = _parse_repeat_bounds(src, tok)
            if bounds is None:
                seq.append(("lit", ord(tok)))
                continue
            if not seq or seq[-1][0] == "at":
                raise error("nothing to repeat")
            if seq[-1][0] == "rep":
                raise error("multiple repeat")
            greedy = not src.match("?")
            seq[-1] = ("rep", bounds[0], bounds[1], greedy, [seq[-1]])
        elif tok == ".":
            seq.append(("any",))
        elif tok == "(":
            _parse_group(src, state, seq)
        elif tok == "^":
            seq.append(("at", "^"))
        elif tok == "$":
            seq.append(("at", "$"))
        elif first == "\\":
            seq.append(_escape(src, tok, state))
        else:
            raise error("parser error")
    return seq


def parse(text, flags=0, state=None):
    """The tree of a pattern, as a Parsed object."""
    if state is None:
        state = ParseState()
    state.flags = flags
    src = _Tokens(text)
    seq = _alternation(src, state)
    tail = src.get()
    if tail == ")":
        raise error("unbalanced parenthesis")
    elif tail is not None:
        raise error("bogus characters at end of regular expression")
    if state.flags & SRE_FLAG_VERBOSE and not flags & SRE_FLAG_VERBOSE:
        # (?x) turned verbose mode on part way: parse again from the start.
        return parse(text, state.flags)
    return Parsed(text, seq, state)


# --------------------------------------------------------------------
# replacement templates

def parse_template(source, pattern):
    """The pieces of a replacement string: a list of str and group numbers
    (adjacent text merged)."""
    src = _Tokens(source)
    pieces = []

    def text(s):
        if pieces and isinstance(pieces[-1], str):
            pieces[-1] = pieces[-1] + s
        else:
            pieces.append(s)

    groupindex = pattern.groupindex
    while True:
        tok = src.get()
        if tok is None:
            break
        if tok[0] != "\\":
            text(tok)
            continue
        c = tok[1]
        if c == "g":
            name = ""
            if src.match("<"):
                while True:
                    ch = src.get()
                    if ch is None:
                        raise error("unterminated group name")
                    if ch == ">":
                        break
                    name += ch
            if not name:
                raise error("missing group name")
            try:
                index = int(name)
                if index < 0:
                    raise error("negative group number")
            except ValueError:
                if not isname(name):
                    raise error("bad character in group name")
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name: %r" % (name,))
            pieces.append(index)
        elif c == "0":
            digits = "0"
            if src.next in OCTDIGITS:
                digits += src.get()
                if src.next in OCTDIGITS:
                    digits += src.get()
            text(chr(int(digits, 8) & 0xff))
        elif c in DIGITS:
            digits = c
            if src.next in DIGITS:
                digits += src.get()
                if (c in OCTDIGITS and digits[1] in OCTDIGITS and
                        src.next in OCTDIGITS):
                    digits += src.get()
                    text(chr(int(digits, 8) & 0xff))
                    continue
            pieces.append(int(digits))
        elif c in _SIMPLE_ESCAPES:
            text(chr(_SIMPLE_ESCAPES[c]))
        else:
            text(tok)
    return pieces


def expand_template(pieces, match):
    """The replacement text of one match."""
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(p)
            continue
        try:
            s = match.group(p)
        except IndexError:
            raise error("invalid group reference")
        if s is None:
            raise error("unmatched group")
        out.append(s)
    return "".join(out)
