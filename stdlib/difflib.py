"""Sequence comparison and human-readable diffs (the API of Python 2.7's
difflib): SequenceMatcher, Differ, ndiff, unified_diff, context_diff,
get_close_matches, restore and a simple HtmlDiff."""

import heapq
from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'HtmlDiff', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher(object):
    """Finds the longest contiguous matching blocks between two sequences
    of hashable elements (recursively on both sides of each match), with
    optional junk elements and the 'popular element' heuristic."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """Maps each element of b to the list of its positions, leaving out
        junk elements and (for long sequences) very frequent ones."""
        b = self.b
        positions = {}
        for i, elt in enumerate(b):
            positions.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk:
            for elt in list(positions):
                if self.isjunk(elt):
                    junk.add(elt)
                    del positions[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, idxs in list(positions.items()):
                if len(idxs) > limit:
                    popular.add(elt)
                    del positions[elt]
        self.b2j = positions
        self._bjunk = junk
        self._bpopular = popular
        self.isbjunk = junk.__contains__
        self.isbpopular = popular.__contains__

    def find_longest_match(self, alo, ahi, blo, bhi):
        a, b, b2j, isbjunk = self.a, self.b, self.b2j, self._bjunk.__contains__
        besti, bestj, bestsize = alo, blo, 0
        # run_ending_at[j] = length of the match of a[..i] and b[..j]
        # ending at the current i and j.
        run_ending_at = {}
        empty = []
        for i in xrange(alo, ahi):
            runs = {}
            get = run_ending_at.get
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs[j] = get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run_ending_at = runs
        # Grow the match over equal elements that were left out of b2j:
        # first non-junk (popular) ones, then junk ones.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and
                   isbjunk(b[bestj - 1]) == want_junk and
                   a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi and
                   isbjunk(b[bestj + bestsize]) == want_junk and
                   a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match(*t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m[-1] for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    return [x for score, x in heapq.nlargest(n, scored)]


def _count_leading(line, ch):
    i = 0
    while i < len(line) and line[i] == ch:
        i += 1
    return i


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


class Differ(object):
    """Line-by-line deltas: '- ', '+ ', '  ' lines, and '? ' guide lines
    that mark the changed characters of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        for i in xrange(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        if bhi - blo < ahi - alo:
            parts = (self._dump('+', b, blo, bhi), self._dump('-', a, alo, ahi))
        else:
            parts = (self._dump('-', a, alo, ahi), self._dump('+', b, blo, bhi))
        for part in parts:
            for line in part:
                yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines; lines that are identical
        # are only used when no pair is similar enough.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in xrange(blo, bhi):
            bj = b[j]
            matcher.set_seq2(bj)
            for i in xrange(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                matcher.set_seq1(ai)
                if (matcher.real_quick_ratio() > best_ratio and
                        matcher.quick_ratio() > best_ratio and
                        matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None

        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line

        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ""
            matcher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            for line in self._qformat(aelt, belt, atags, btags):
                yield line
        else:
            yield '  ' + aelt

        for line in self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        lines = []
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        for line in lines:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        common = min(_count_leading(aline, "\t"), _count_leading(bline, "\t"))
        common = min(common, _count_leading(atags[:common], " "))
        common = min(common, _count_leading(btags[:common], " "))
        atags = atags[common:].rstrip()
        btags = btags[common:].rstrip()
        yield "- " + aline
        if atags:
            yield "? %s%s\n" % ("\t" * common, atags)
        yield "+ " + bline
        if btags:
            yield "? %s%s\n" % ("\t" * common, btags)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    keep = ("  ", tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(first)
    if not length:
        first -= 1
    return '{},{}'.format(first, length)


def _context_range(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '{}'.format(first)
    return '{},{}'.format(first, first + length - 1)


def _header_date(date):
    return '\t{}'.format(date) if date else ''


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- {}{}{}'.format(fromfile, _header_date(fromfiledate),
                                      lineterm)
            yield '+++ {}{}{}'.format(tofile, _header_date(tofiledate),
                                      lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_unified_range(first[1], last[2]),
                                       _unified_range(first[3], last[4]),
                                       lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    marks = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** {}{}{}'.format(fromfile, _header_date(fromfiledate),
                                      lineterm)
            yield '--- {}{}{}'.format(tofile, _header_date(tofiledate),
                                      lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_context_range(first[1], last[2]),
                                     lineterm)
        if any(g[0] in ('replace', 'delete') for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield '--- {} ----{}'.format(_context_range(first[3], last[4]),
                                     lineterm)
        if any(g[0] in ('replace', 'insert') for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def _escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;'))


class HtmlDiff(object):
    """A side-by-side HTML table of two lists of lines (a simple version:
    no intra-line highlighting)."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
                '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html>\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=ISO-8859-1" />\n'
                '<title></title>\n</head>\n<body>\n%s\n</body>\n</html>\n'
                % self.make_table(fromlines, tolines, fromdesc, todesc,
                                  context, numlines))

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        rows = []
        matcher = SequenceMatcher(self._linejunk, fromlines, tolines)
        if context:
            groups = matcher.get_grouped_opcodes(numlines)
        else:
            groups = [matcher.get_opcodes()]
        marks = {'equal': '', 'replace': 'diff_chg', 'delete': 'diff_sub',
                 'insert': 'diff_add'}
        for group in groups:
            for tag, i1, i2, j1, j2 in group:
                for k in range(max(i2 - i1, j2 - j1)):
                    cells = []
                    for lines, lo, hi in ((fromlines, i1, i2),
                                          (tolines, j1, j2)):
                        if lo + k < hi:
                            text = lines[lo + k].rstrip('\n')
                            text = text.expandtabs(self._tabsize)
                            cls = marks[tag]
                            body = _escape(text)
                            if cls:
                                body = '<span class="%s">%s</span>' % (cls, body)
                            cells.append('<td class="diff_header">%d</td>'
                                         '<td nowrap="nowrap">%s</td>'
                                         % (lo + k + 1, body))
                        else:
                            cells.append('<td class="diff_header"></td>'
                                         '<td nowrap="nowrap"></td>')
                    rows.append('<tr>%s</tr>' % ''.join(cells))
        header = ''
        if fromdesc or todesc:
            header = ('<thead><tr><th colspan="2">%s</th>'
                      '<th colspan="2">%s</th></tr></thead>'
                      % (_escape(fromdesc), _escape(todesc)))
        return ('<table class="diff" cellspacing="0" cellpadding="0" '
                'rules="groups" >\n%s<tbody>\n%s\n</tbody>\n</table>'
                % (header, '\n'.join(rows)))
