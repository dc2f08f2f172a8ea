"""Helpers shared by the unittest modules: short reprs and list differences."""

__unittest = True

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__name__)


def sorted_list_difference(expected, actual):
    """Walk two sorted lists; return (missing from actual, unexpected in actual)."""
    i = j = 0
    missing = []
    unexpected = []
    while True:
        try:
            e = expected[i]
            a = actual[j]
            if e < a:
                missing.append(e)
                i += 1
                while expected[i] == e:
                    i += 1
            elif e > a:
                unexpected.append(a)
                j += 1
                while actual[j] == a:
                    j += 1
            else:
                i += 1
                try:
                    while expected[i] == e:
                        i += 1
                finally:
                    j += 1
                    while actual[j] == a:
                        j += 1
        except IndexError:
            missing.extend(expected[i:])
            unexpected.extend(actual[j:])
            break
    return missing, unexpected


def unorderable_list_difference(expected, actual, ignore_duplicate=False):
    """Like sorted_list_difference for items that cannot be ordered."""
    missing = []
    unexpected = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
        if ignore_duplicate:
            for lst in expected, actual:
                try:
                    while True:
                        lst.remove(item)
                except ValueError:
                    pass
    if ignore_duplicate:
        while actual:
            item = actual.pop()
            unexpected.append(item)
            try:
                while True:
                    actual.remove(item)
            except ValueError:
                pass
        return missing, unexpected
    return missing, actual


def _count_diff_all_purpose(actual, expected):
    """List of (count in actual, count in expected, element) where they differ."""
    s = list(actual)
    t = list(expected)
    m = len(s)
    n = len(t)
    done = object()
    result = []
    for i in range(m):
        elem = s[i]
        if elem is done:
            continue
        cnt_s = 0
        for k in range(i, m):
            if s[k] == elem:
                cnt_s += 1
                s[k] = done
        cnt_t = 0
        for k in range(n):
            if t[k] == elem:
                cnt_t += 1
                t[k] = done
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i in range(n):
        elem = t[i]
        if elem is done:
            continue
        cnt_t = 0
        for k in range(i, n):
            if t[k] == elem:
                cnt_t += 1
                t[k] = done
        result.append((0, cnt_t, elem))
    return result


def _tally(items):
    counts = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return counts


def _ordered_count(iterable):
    """Counts of each element, plus the elements in first-seen order."""
    counts = {}
    order = []
    for x in iterable:
        if x not in counts:
            counts[x] = 0
            order.append(x)
        counts[x] += 1
    return counts, order


def _count_diff_hashable(actual, expected):
    """Like _count_diff_all_purpose, for hashable elements."""
    s, s_order = _ordered_count(actual)
    t, t_order = _ordered_count(expected)
    result = []
    for elem in s_order:
        cnt_s = s[elem]
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for elem in t_order:
        if elem not in s:
            result.append((0, t[elem], elem))
    return result
