# re for minipy: Python 2.7's regular expressions. The parser and compiler
# are sre_parse and sre_compile; the _sre module matches.

import sys
import sre_compile
import sre_parse

__all__ = ["match", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "I", "L", "M", "S", "X",
           "U", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "error"]

__version__ = "2.2.1"

I = IGNORECASE = sre_compile.SRE_FLAG_IGNORECASE
L = LOCALE = sre_compile.SRE_FLAG_LOCALE
U = UNICODE = sre_compile.SRE_FLAG_UNICODE
M = MULTILINE = sre_compile.SRE_FLAG_MULTILINE
S = DOTALL = sre_compile.SRE_FLAG_DOTALL
X = VERBOSE = sre_compile.SRE_FLAG_VERBOSE
T = TEMPLATE = sre_compile.SRE_FLAG_TEMPLATE
DEBUG = sre_compile.SRE_FLAG_DEBUG

error = sre_compile.error


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()
    _cache_repl.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_alphanum = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def escape(pattern):
    out = []
    for ch in pattern:
        if ch in _alphanum:
            out.append(ch)
        elif ch == "\0":
            out.append("\\000")
        else:
            out.append("\\" + ch)
    return pattern[:0].join(out)


_cache = {}
_cache_repl = {}
_MAXCACHE = 100

_pattern_type = sre_compile.SRE_Pattern


def _compile(*key):
    pattern, flags = key
    debug = flags & DEBUG
    if not debug:
        cachekey = (type(pattern),) + key
        try:
            return _cache[cachekey]
        except KeyError:
            pass
        except TypeError:
            cachekey = None
    if isinstance(pattern, _pattern_type):
        if flags:
            raise ValueError(
                "Cannot process flags argument with a compiled pattern")
        return pattern
    if not sre_compile.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    p = sre_compile.compile(pattern, flags)
    if not debug and cachekey is not None:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[cachekey] = p
    return p


def _compile_repl(*key):
    p = _cache_repl.get(key)
    if p is not None:
        return p
    repl, pattern = key
    p = sre_parse.parse_template(repl, pattern)
    if len(_cache_repl) >= _MAXCACHE:
        _cache_repl.clear()
    _cache_repl[key] = p
    return p


def _expand(pattern, match, template):
    return sre_parse.expand_template(
        sre_parse.parse_template(template, pattern), match)


def _subx(pattern, template):
    pieces = _compile_repl(template, pattern)
    if len(pieces) == 1 and isinstance(pieces[0], str):
        return pieces[0]

    def filter(match, pieces=pieces):
        return sre_parse.expand_template(pieces, match)
    return filter


class Scanner(object):
    """A lexer: a list of (pattern, action) pairs tried in order at each
    position; scan() returns the actions' results and the unmatched rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        state = sre_parse.ParseState(flags)
        branches = []
        for phrase, action in lexicon:
            gid = state.opengroup()
            sub = sre_parse.parse(phrase, flags, _SubState(state))
            state.closegroup(gid)
            branches.append([("grp", gid, sub.seq)])
        state.flags = flags
        parsed = sre_parse.Parsed(None, [("alt", branches)], state)
        self.scanner = sre_compile.compile(parsed)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if hasattr(action, "__call__"):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


class _SubState(sre_parse.ParseState):
    """Parses one phrase of a Scanner: group numbers go on from the outer
    pattern's."""

    def __init__(self, outer):
        sre_parse.ParseState.__init__(self)
        self.outer = outer
        self.groups = outer.groups
        self.groupdict = outer.groupdict
        self.open = outer.open

    def opengroup(self, name=None):
        self.outer.groups = self.groups
        gid = sre_parse.ParseState.opengroup(self, name)
        self.outer.groups = self.groups
        return gid
