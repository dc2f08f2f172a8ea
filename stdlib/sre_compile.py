# sre_compile for minipy: turns the tree of sre_parse into the opcodes that
# the _sre engine runs, and defines the pattern, match and scanner objects.

import _sre
import sys
import sre_parse
from sre_constants import *

MAXCODE = 0xFFFFFFFF

_CATEGORIES = {
    # name: (plain, LOCALE, UNICODE)
    "d": (CATEGORY_DIGIT, CATEGORY_DIGIT, CATEGORY_UNI_DIGIT),
    "D": (CATEGORY_NOT_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_UNI_NOT_DIGIT),
    "s": (CATEGORY_SPACE, CATEGORY_SPACE, CATEGORY_UNI_SPACE),
    "S": (CATEGORY_NOT_SPACE, CATEGORY_NOT_SPACE, CATEGORY_UNI_NOT_SPACE),
    "w": (CATEGORY_WORD, CATEGORY_LOC_WORD, CATEGORY_UNI_WORD),
    "W": (CATEGORY_NOT_WORD, CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_NOT_WORD),
}


def isstring(obj):
    return isinstance(obj, basestring)


def _flavour(flags):
    if flags & SRE_FLAG_LOCALE:
        return 1
    if flags & SRE_FLAG_UNICODE:
        return 2
    return 0


def _at_code(where, flags):
    if where == "^":
        if flags & SRE_FLAG_MULTILINE:
            return AT_BEGINNING_LINE
        return AT_BEGINNING
    if where == "$":
        if flags & SRE_FLAG_MULTILINE:
            return AT_END_LINE
        return AT_END
    if where == "A":
        return AT_BEGINNING_STRING
    if where == "Z":
        return AT_END_STRING
    kind = _flavour(flags)
    if where == "b":
        return (AT_BOUNDARY, AT_LOC_BOUNDARY, AT_UNI_BOUNDARY)[kind]
    return (AT_NON_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_NON_BOUNDARY)[kind]


def _uni(flags):
    """Characters fold and classify as Unicode (the U flag, without L)."""
    return flags & SRE_FLAG_UNICODE and not flags & SRE_FLAG_LOCALE


def _lower(c, flags):
    if _uni(flags):
        return _sre.getlower(c, SRE_FLAG_UNICODE)
    if 65 <= c <= 90:
        return c + 32
    return c


# Lowercase letters that differ yet stand for the same letter under
# IGNORECASE with UNICODE (their uppercase forms coincide), which simple
# lowercasing of both sides does not find: each maps to its companions.
_FOLD_GROUPS = [
    (0x69, 0x131), (0x73, 0x17f), (0xb5, 0x3bc), (0x345, 0x3b9, 0x1fbe),
    (0x3b2, 0x3d0), (0x3b5, 0x3f5), (0x3b8, 0x3d1), (0x3ba, 0x3f0),
    (0x3c0, 0x3d6), (0x3c1, 0x3f1), (0x3c2, 0x3c3), (0x3c6, 0x3d5),
    (0x1e61, 0x1e9b),
]
_FOLD_MATES = {}
for _g in _FOLD_GROUPS:
    for _c in _g:
        _FOLD_MATES[_c] = [x for x in _g if x != _c]
del _g, _c

# Ranges wider than this are tested as ranges under IGNORECASE|UNICODE
# rather than one lowered character at a time.
_WIDE = 512


class _Compiler(object):
    def __init__(self, flags):
        self.flags = flags
        self.code = []
        # Where `\B` is (see _sre.compile_code).
        self.nonboundary = []

    def charset(self, negated, items):
        """The body of an IN: [NEGATE] items FAILURE, with the characters
        below 256 (lowered under IGNORECASE) in one 256-bit CHARSET."""
        code = self.code
        flags = self.flags
        fold = flags & SRE_FLAG_IGNORECASE
        uni = _uni(flags)
        bits = [0] * 8
        have_bits = False
        cats = []
        big = []

        def add(c):
            if c < 256:
                bits[c >> 5] |= 1 << (c & 31)
                return True
            big.extend([LITERAL, c])
            return False

        for item in items:
            kind = item[0]
            if kind == "lit":
                lo = hi = item[1]
            elif kind == "range":
                lo, hi = item[1], item[2]
            else:
                cats.append(_CATEGORIES[item[1]][_flavour(flags)])
                continue
            if fold and uni and hi - lo > _WIDE:
                # the engine tests the lowered character and its uppercase
                big.extend([RANGE_UNI_IGNORE, lo, hi])
                continue
            if hi >= 256 and not (fold and uni):
                big.extend([RANGE, max(lo, 256), hi])
                hi = 255
            for c in xrange(lo, hi + 1):
                if fold:
                    c = _lower(c, flags)
                    if uni:
                        for m in _FOLD_MATES.get(c, ()):
                            have_bits = add(m) or have_bits
                have_bits = add(c) or have_bits
        if negated:
            code.append(NEGATE)
        code.extend(big)
        for cat in cats:
            code.extend([CATEGORY, cat])
        if have_bits:
            code.append(CHARSET)
            code.extend(bits)
        code.append(FAILURE)

    def emit(self, seq):
        code = self.code
        for node in seq:
            tag = node[0]
            flags = self.flags
            if tag == "lit" or tag == "nlit":
                c = node[1]
                if flags & SRE_FLAG_IGNORECASE and _uni(flags):
                    c = _lower(c, flags)
                    if c in _FOLD_MATES:
                        self.emit([("in", tag == "nlit", [("lit", c)])])
                    else:
                        op = (tag == "lit" and LITERAL_UNI_IGNORE or
                              NOT_LITERAL_UNI_IGNORE)
                        code.extend([op, c])
                elif flags & SRE_FLAG_IGNORECASE:
                    op = tag == "lit" and LITERAL_IGNORE or NOT_LITERAL_IGNORE
                    code.extend([op, _lower(c, flags)])
                else:
                    code.extend([tag == "lit" and LITERAL or NOT_LITERAL, c])
            elif tag == "any":
                code.append(flags & SRE_FLAG_DOTALL and ANY_ALL or ANY)
            elif tag == "in":
                if flags & SRE_FLAG_IGNORECASE:
                    code.append(_uni(flags) and IN_UNI_IGNORE or IN_IGNORE)
                else:
                    code.append(IN)
                skip = len(code)
                code.append(0)
                self.charset(node[1], node[2])
                code[skip] = len(code) - skip
            elif tag == "at":
                code.extend([AT, _at_code(node[1], flags)])
                if node[1] == "B":
                    self.nonboundary.append(len(code) - 2)
            elif tag == "grp":
                gid = node[1]
                if gid is not None:
                    code.extend([MARK, 2 * (gid - 1)])
                self.emit(node[2])
                if gid is not None:
                    code.extend([MARK, 2 * (gid - 1) + 1])
            elif tag == "rep":
                if flags & SRE_FLAG_TEMPLATE:
                    raise error("internal: unsupported template operator")
                lo, hi, greedy, body = node[1], node[2], node[3], node[4]
                if len(body) == 1 and body[0][0] in ("lit", "nlit", "any", "in"):
                    code.append(greedy and REPEAT_ONE or MIN_REPEAT_ONE)
                    skip = len(code)
                    code.extend([0, lo, hi])
                    self.emit(body)
                    code.append(SUCCESS)
                    code[skip] = len(code) - skip
                elif (not greedy and len(node) == 5 and
                      sre_parse.getwidth(body)[0] == 0):
                    # The engine's MIN_UNTIL loops forever on a body that
                    # can match empty (it does not restore its zero-width
                    # guard on backtracking): X{m,n}? becomes X{m} then
                    # lazy iterations of X's non-empty matches, which is
                    # what 2.7's guard allows anyway.
                    seq = []
                    if lo:
                        seq.append(("rep", lo, lo, True, body))
                    more = _nonempty(body)
                    if hi > lo:
                        left = hi if hi == MAXREPEAT else hi - lo
                        # (a sixth item: already made safe)
                        if more is None:
                            # never advances: 2.7's guard allows one more
                            seq.append(("rep", 0, 1, False, body, True))
                        else:
                            seq.append(("rep", 0, left, False, more, True))
                    self.emit(seq)
                else:
                    code.append(REPEAT)
                    skip = len(code)
                    code.extend([0, lo, hi])
                    self.emit(body)
                    code[skip] = len(code) - skip
                    code.append(greedy and MAX_UNTIL or MIN_UNTIL)
            elif tag == "alt":
                code.append(BRANCH)
                tails = []
                for branch in node[1]:
                    skip = len(code)
                    code.append(0)
                    self.emit(branch)
                    code.append(JUMP)
                    tails.append(len(code))
                    code.append(0)
                    code[skip] = len(code) - skip
                code.append(FAILURE)
                for t in tails:
                    code[t] = len(code) - t
            elif tag == "look":
                behind, negative, body = node[1], node[2], node[3]
                code.append(negative and ASSERT_NOT or ASSERT)
                skip = len(code)
                code.append(0)
                if behind:
                    lo, hi = sre_parse.getwidth(body)
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    code.append(lo)
                else:
                    code.append(0)
                self.emit(body)
                code.append(SUCCESS)
                code[skip] = len(code) - skip
            elif tag == "ref":
                if flags & SRE_FLAG_IGNORECASE:
                    code.append(_uni(flags) and GROUPREF_UNI_IGNORE or
                                GROUPREF_IGNORE)
                else:
                    code.append(GROUPREF)
                code.append(node[1] - 1)
            elif tag == "cond":
                gid, yes, no = node[1], node[2], node[3]
                code.extend([GROUPREF_EXISTS, gid - 1])
                skipyes = len(code)
                code.append(0)
                self.emit(yes)
                if no:
                    code.append(JUMP)
                    skipno = len(code)
                    code.append(0)
                    code[skipyes] = len(code) - skipyes + 1
                    self.emit(no)
                    code[skipno] = len(code) - skipno
                else:
                    code[skipyes] = len(code) - skipyes + 1
            else:
                raise error("internal: unsupported operand type %r" % (tag,))


def _overlap(prefix):
    """KMP fallback table: table[i] is the length of the longest proper
    border of prefix[:i+1]."""
    table = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[i] != prefix[k]:
            k = table[k - 1]
        if prefix[i] == prefix[k]:
            k += 1
        table[i] = k
    return table


def _info(parsed, flags, c):
    """The INFO block that starts the code: the width bounds, and a literal
    prefix or a first-character set that lets search skip ahead."""
    lo, hi = sre_parse.getwidth(parsed.seq)
    info = [min(lo, MAXCODE), min(hi, MAXCODE)]
    mask = 0
    extra = []
    seq = parsed.seq
    if not flags & SRE_FLAG_IGNORECASE:
        prefix = []
        for node in seq:
            if node[0] != "lit":
                break
            prefix.append(node[1])
        if prefix:
            mask = SRE_INFO_PREFIX
            if len(prefix) == len(seq):
                mask |= SRE_INFO_LITERAL
            extra = [len(prefix), len(prefix)] + prefix + _overlap(prefix)
        elif seq and seq[0][0] == "in":
            sub = _Compiler(flags)
            sub.charset(seq[0][1], seq[0][2])
            mask = SRE_INFO_CHARSET
            extra = sub.code
    body = [mask] + info + extra
    return [INFO, len(body) + 1] + body


_NEVER = ("look", False, True, [])


def _nonempty(seq):
    """A tree that matches what seq matches except the empty string, or
    None when seq never consumes anything (group references count as
    never, as for 2.7's widths)."""
    for node in seq:
        if sre_parse.getwidth([node])[0] > 0:
            return seq
    alts = []
    for i, node in enumerate(seq):
        plus = _nonempty_node(node)
        if plus is not None:
            alts.append(seq[:i] + plus + seq[i + 1:])
    if not alts:
        return None
    if len(alts) == 1:
        return alts[0]
    return [("alt", alts)]


def _nonempty_node(node):
    tag = node[0]
    if tag == "grp":
        body = _nonempty(node[2])
        return body is not None and [("grp", node[1], body)] or None
    if tag == "rep":
        lo, hi, greedy, body = node[1], node[2], node[3], node[4]
        if hi == 0:
            return None
        plus = _nonempty(body)
        if plus is None:
            return None
        return [("rep", max(lo, 1), hi, greedy, plus)]
    if tag == "alt":
        kept = [b for b in map(_nonempty, node[1]) if b is not None]
        if not kept:
            return None
        return [("alt", kept)]
    if tag == "cond":
        yes = _nonempty(node[2])
        no = node[3] and _nonempty(node[3])
        if yes is None and no is None:
            return None
        return [("cond", node[1], yes or [_NEVER], no or [_NEVER])]
    return None


def _code(parsed, flags):
    flags = flags | parsed.flags
    c = _Compiler(flags)
    c.emit(parsed.seq)
    c.code.append(SUCCESS)
    info = _info(parsed, flags, c)
    c.code[:0] = info
    c.nonboundary = [i + len(info) for i in c.nonboundary]
    return c


def compile(p, flags=0):
    """A pattern object for a pattern string (or a sre_parse.Parsed)."""
    if isstring(p):
        text = p
        p = sre_parse.parse(p, flags)
    else:
        text = getattr(p, "str", None)
    c = _code(p, flags)
    if p.groups > 100:
        raise AssertionError(
            "sorry, but this version only supports 100 named groups")
    indexgroup = [None] * p.groups
    for name, i in p.groupdict.items():
        indexgroup[i] = name
    code = _sre.compile_code(c.code, p.groups - 1, c.nonboundary)
    return SRE_Pattern(text, flags | p.flags, code, c.code, p.groups - 1,
                       p.groupdict, indexgroup)


# --------------------------------------------------------------------
# pattern, match and scanner objects

_MAXINT = sys.maxint


_NOARG = object()


def _string_arg(string, alias):
    """The subject, also accepted under 2.7's older keyword name."""
    if string is _NOARG:
        if alias is _NOARG:
            raise TypeError("Required argument 'string' (pos 1) not found")
        return alias
    return string


def _buffer_subject(string):
    """The bytes of a buffer-like subject (array, bytearray, buffer), for
    retrying after the engine refused a non-string; None for others."""
    if isinstance(string, basestring):
        return None
    read = getattr(string, '_buffer_bytes', None)
    return read() if read is not None else None


def _check_string(string):
    if not isinstance(string, basestring):
        raise TypeError("expected string or buffer")


class SRE_Pattern(object):
    __module__ = "_sre"

    def __init__(self, pattern, flags, code, codelist, groups, groupindex,
                 indexgroup):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self._code = code
        self._codelist = codelist
        self._indexgroup = indexgroup
        self._repl_cache = {}

    def _new_match(self, string, pos, endpos, found):
        return SRE_Match(self, string, pos, endpos, found[0], found[1])

    def match(self, string=_NOARG, pos=0, endpos=_MAXINT, pattern=_NOARG):
        if string is _NOARG:
            string = _string_arg(string, pattern)
        try:
            return _sre.match(self._code, string, pos, endpos, False, self)
        except TypeError:
            string = _buffer_subject(string)
            if string is None:
                raise
        return _sre.match(self._code, string, pos, endpos, False, self)

    def search(self, string=_NOARG, pos=0, endpos=_MAXINT, pattern=_NOARG):
        if string is _NOARG:
            string = _string_arg(string, pattern)
        try:
            return _sre.match(self._code, string, pos, endpos, True, self)
        except TypeError:
            string = _buffer_subject(string)
            if string is None:
                raise
        return _sre.match(self._code, string, pos, endpos, True, self)

    def findall(self, string=_NOARG, pos=0, endpos=_MAXINT, source=_NOARG):
        string = _string_arg(string, source)
        try:
            return _sre.findall(self._code, string, pos, endpos)
        except TypeError:
            string = _buffer_subject(string)
            if string is None:
                raise
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXINT):
        return iter(SRE_Scanner(self, string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXINT):
        return SRE_Scanner(self, string, pos, endpos)

    def split(self, string=_NOARG, maxsplit=0, source=_NOARG):
        string = _string_arg(string, source)
        try:
            return _sre.split(self._code, string, maxsplit)
        except TypeError:
            string = _buffer_subject(string)
            if string is None:
                raise
        return _sre.split(self._code, string, maxsplit)

    def _template(self, repl):
        # keyed by type too: u'y' == 'y' but gives a unicode result
        key = (type(repl), repl)
        pieces = self._repl_cache.get(key)
        if pieces is None:
            if "\\" not in repl:
                pieces = repl
            else:
                pieces = sre_parse.parse_template(repl, self)
                if len(pieces) == 1 and isinstance(pieces[0], str):
                    pieces = pieces[0]
                elif not pieces:
                    pieces = ""
            if len(self._repl_cache) >= 100:
                self._repl_cache.clear()
            self._repl_cache[key] = pieces
        return pieces

    def subn(self, repl, string, count=0):
        if not isinstance(repl, basestring):
            if not callable(repl):
                # 2.7 takes other objects for templates and fails there.
                raise TypeError("object of type '%s' has no len()"
                                % type(repl).__name__)
            return self._subn_call(repl, string, count)
        _check_string(string)
        return _sre.sub(self._code, string, count, self._template(repl), error)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _subn_call(self, func, string, count):
        found = _sre.sub_matches(self._code, string, count, self)
        out = []
        i = 0
        for m in found:
            b, e = m.span()
            if i < b:
                out.append(string[i:b])
            r = func(m)
            if r is not None:
                out.append(r)
            i = e
        out.append(string[i:])
        return string[:0].join(out), len(found)

    def _expand(self, match, template):
        pieces = sre_parse.parse_template(template, self)
        return sre_parse.expand_template(pieces, match)

    def __copy__(self):
        raise TypeError("cannot copy this pattern object")

    def __deepcopy__(self, memo):
        raise TypeError("cannot deepcopy this pattern object")

    def __reduce__(self):
        import re
        return re._compile, (self.pattern, self.flags)


SRE_Match = _sre.SRE_Match


class SRE_Scanner(object):
    __module__ = "_sre"

    def __init__(self, pattern, string, pos=0, endpos=_MAXINT):
        _check_string(string)
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._start = min(max(pos, 0), n)
        self._pos = pos
        self._end = min(max(endpos, 0), n)
        self._endpos = endpos

    def _step(self, search):
        if self._start > self._end:
            return None
        m = _sre.match(self.pattern._code, self._string, self._start,
                       self._end, search, self.pattern, self._pos,
                       self._endpos)
        if m is None:
            self._start += 1
            return None
        a, b = m.span()
        self._start = b + 1 if a == b else b
        return m

    def match(self):
        return self._step(False)

    def search(self):
        return self._step(True)
