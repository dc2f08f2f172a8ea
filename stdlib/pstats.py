"""Reports on profiler statistics (from cProfile/profile)."""

import sys
import os

__all__ = ["Stats"]


def func_strip_path(func_name):
    filename, line, name = func_name
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    if func_name[:2] == ('~', 0):
        name = func_name[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func_name


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    merged = dict(t_callers)
    for func, count in callers.items():
        merged[func] = merged.get(func, 0) + count if not isinstance(count, tuple) else count
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, merged)


def f8(x):
    return "%8.3f" % x


# Sort keys: fields of (cc, nc, tt, ct, filename, line, name, stdname) with
# a direction, and the description shown in 'Ordered by:'.
_SORT_KEYS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "file": (((4, 1),), "file name"),
    "filename": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "module": (((4, 1),), "file name"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}


class _Reversed(object):
    """Wraps a value so that sorting orders it backwards."""

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return self.value > other.value

    def __gt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return self.value == other.value

    def __le__(self, other):
        return self.value >= other.value

    def __ge__(self, other):
        return self.value <= other.value

    def __ne__(self, other):
        return self.value != other.value


class Stats:
    """Statistics of one or more profiling runs, sorted and printed on demand."""

    def __init__(self, *args, **kwds):
        self.stream = kwds.pop("stream", None) or sys.stdout
        if kwds:
            raise TypeError("Stats() got an unexpected keyword argument %r"
                            % sorted(kwds)[0])
        if not len(args):
            arg = None
        else:
            arg = args[0]
            args = args[1:]
        self.init(arg)
        self.add(*args)

    def init(self, arg):
        self.all_callees = None
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = {}
        self.stats = {}
        self.sort_type = ""
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, basestring):
            f = open(arg, 'r')
            try:
                self.stats = eval(f.read())
            finally:
                f.close()
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level[func] = None
            if len(func_std_string(func)) > self.max_name_len:
                self.max_name_len = len(func_std_string(func))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in arg_list:
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            for func in item.top_level:
                self.top_level[func] = None
            if self.max_name_len < item.max_name_len:
                self.max_name_len = item.max_name_len
            self.fcn_list = None
            for func, stat in item.stats.items():
                if func in self.stats:
                    old = self.stats[func]
                else:
                    old = (0, 0, 0, 0, {})
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        f = open(filename, 'w')
        try:
            f.write(repr(self.stats))
        finally:
            f.close()

    def get_sort_arg_defs(self):
        """Sort keys by name, unique prefixes included."""
        defs = dict(_SORT_KEYS)
        counts = {}
        for word in _SORT_KEYS:
            for i in range(1, len(word)):
                counts[word[:i]] = counts.get(word[:i], 0) + 1
        for prefix, n in counts.items():
            if n == 1 and prefix not in defs:
                for word in _SORT_KEYS:
                    if word.startswith(prefix):
                        defs[prefix] = _SORT_KEYS[word]
        return defs

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], (int, long)):
            field = [{-1: "stdname", 0: "calls", 1: "time",
                      2: "cumulative"}[field[0]]]
        defs = self.get_sort_arg_defs()
        spec = ()
        self.sort_type = ""
        for word in field:
            spec = spec + defs[word][0]
            if self.sort_type:
                self.sort_type += ", "
            self.sort_type += defs[word][1]
        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def key(row):
            parts = []
            for index, direction in spec:
                if direction < 0:
                    parts.append(_Reversed(row[index]))
                else:
                    parts.append(row[index])
            return parts
        rows.sort(key=key)
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        old = self.stats
        self.stats = new = {}
        longest = 0
        for func, (cc, nc, tt, ct, callers) in old.items():
            newfunc = func_strip_path(func)
            if len(func_std_string(newfunc)) > longest:
                longest = len(func_std_string(newfunc))
            newcallers = {}
            for f2, count in callers.items():
                newcallers[func_strip_path(f2)] = count
            if newfunc in new:
                new[newfunc] = add_func_stats(new[newfunc], (cc, nc, tt, ct, newcallers))
            else:
                new[newfunc] = (cc, nc, tt, ct, newcallers)
        old_top = self.top_level
        self.top_level = {}
        for func in old_top:
            self.top_level[func_strip_path(func)] = None
        self.max_name_len = longest
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for func2, caller in callers.items():
                callees.setdefault(func2, {})[func] = caller

    def eval_print_amount(self, sel, items, msg):
        new_list = items
        if isinstance(sel, basestring):
            try:
                import re
                rex = re.compile(sel)
                new_list = [func for func in items if rex.search(func_std_string(func))]
            except ImportError:
                new_list = [func for func in items if sel in func_std_string(func)]
        else:
            count = len(items)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = items[:count]
            elif isinstance(sel, (int, long)) and 0 <= sel < count:
                count = sel
                new_list = items[:count]
        if len(items) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(items), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            stat_list = self.stats.keys()
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            stat_list, msg = self.eval_print_amount(selection, stat_list, msg)
        count = len(stat_list)
        if not stat_list:
            return 0, stat_list
        self.stream.write(msg + "\n")
        if count < len(self.stats):
            width = 0
            for func in stat_list:
                if len(func_std_string(func)) > width:
                    width = len(func_std_string(func))
        return width + 2, stat_list

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            out.write(filename + "\n")
        if self.files:
            out.write("\n")
        indent = ' ' * 8
        for func in self.top_level:
            out.write("%s %s\n" % (indent, func_get_function_name(func)))
        line = "%s %d function calls" % (indent, self.total_calls)
        if self.total_calls != self.prim_calls:
            line += " (%d primitive calls)" % self.prim_calls
        out.write(line + " in %.3f seconds\n\n" % self.total_tt)
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.print_title()
            for func in stat_list:
                self.print_line(func)
            out.write("\n\n")
        return self

    def print_callees(self, *amount):
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in stat_list:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            self.stream.write("\n\n")
        return self

    def print_callers(self, *amount):
        width, stat_list = self.get_print_list(amount)
        if stat_list:
            self.print_call_heading(width, "was called by...")
            for func in stat_list:
                cc, nc, tt, ct, callers = self.stats[func]
                self.print_call_line(width, func, callers, "<-")
            self.stream.write("\n\n")
        return self

    def print_call_heading(self, name_size, column_title):
        self.stream.write("Function ".ljust(name_size) + column_title + "\n")

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        line = func_std_string(source).ljust(name_size) + arrow
        if not call_dict:
            self.stream.write(line + "\n")
            return
        indent = ""
        for func in sorted(call_dict.keys()):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value[:4]
                if nc != cc:
                    substats = "%d/%d" % (nc, cc)
                else:
                    substats = "%d" % nc
                substats = "%s %s %s  %s" % (substats.rjust(7 + 2 * len(indent)),
                                             f8(tt), f8(ct), name)
            else:
                substats = "%s(%r) %s" % (name, value, f8(self.stats[func][3]))
            self.stream.write(line + indent + substats + "\n")
            line = ""
            indent = " " * (name_size + 3)

    def print_title(self):
        self.stream.write('   ncalls  tottime  percall  cumtime  percall '
                          'filename:lineno(function)\n')

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        c = str(nc)
        if nc != cc:
            c = c + '/' + str(cc)
        parts = [c.rjust(9), f8(tt)]
        if nc == 0:
            parts.append(' ' * 8)
        else:
            parts.append(f8(float(tt) / nc))
        parts.append(f8(ct))
        if cc == 0:
            parts.append(' ' * 8)
        else:
            parts.append(f8(float(ct) / cc))
        parts.append(func_std_string(func))
        self.stream.write(' '.join(parts) + "\n")
