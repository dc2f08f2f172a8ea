"""Shell-style wildcard matching: * ? [seq] [!seq].

Matching is done here directly (no regular expressions); translate() still
gives the regular expression 2.7 builds for a pattern."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_MAXCACHE = 100


def _purge():
    _cache.clear()


def _class_end(pat, i):
    """Index of the ']' closing the class whose '[' is at i - 1, or -1."""
    j = i
    n = len(pat)
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return -1
    return j


def _compile(pat):
    """The pattern as tokens: ('c', char), ('?',), ('*',) or
    ('[', negated, [(lo, hi), ...])."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != '*':
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = _class_end(pat, i)
            if j < 0:
                tokens.append(('c', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body[:1] == '!'
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('[', negated, ranges))
        else:
            tokens.append(('c', c))
    return tokens


def _one(token, ch):
    kind = token[0]
    if kind == 'c':
        return token[1] == ch
    if kind == '?':
        return True
    inside = False
    for lo, hi in token[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != token[1]


def _match(tokens, name):
    # Greedy scan; on a mismatch go back to the last '*' and let it take
    # one more character.
    t = 0
    s = 0
    star_t = -1
    star_s = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t][0] == '*':
            star_t = t
            star_s = s
            t += 1
        elif t < nt and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < nt and tokens[t][0] == '*':
        t += 1
    return t == nt


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _tokens(pat):
    try:
        return _cache[pat]
    except KeyError:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
        return tokens


def filter(names, pat):
    """The names that match pat."""
    pat = os.path.normcase(pat)
    tokens = _tokens(pat)
    if os.path is posixpath:
        return [name for name in names if _match(tokens, name)]
    return [name for name in names if _match(tokens, os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_tokens(pat), name)


_WORD = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789')


def _escape(c):
    if c in _WORD:
        return c
    if c == '\000':
        return '\\000'
    return '\\' + c


def translate(pat):
    """The regular expression (as a string) equivalent to pat."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = _class_end(pat, i)
            if j < 0:
                out.append('\\[')
            else:
                body = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] == '^':
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(_escape(c))
    return ''.join(out) + '\\Z(?ms)'
