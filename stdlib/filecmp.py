"""Comparing files and directories (Python 2.7's filecmp).

cmp(f1, f2) compares two files (by their stat signatures when shallow,
else byte by byte, caching results); cmpfiles() sorts a list of names into
same/different/trouble; dircmp compares two directory trees lazily."""

import os
import stat

__all__ = ["cmp", "dircmp", "cmpfiles"]

_cache = {}
BUFSIZE = 8 * 1024


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=1):
    """True when the two files look equal: same type, size and mtime when
    shallow, else same contents."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = outcome
    return outcome


def _do_cmp(f1, f2):
    with open(f1, 'rb') as a:
        with open(f2, 'rb') as b:
            while True:
                x = a.read(BUFSIZE)
                y = b.read(BUFSIZE)
                if x != y:
                    return False
                if not x:
                    return True


class dircmp:
    """Compare the directories a and b (names in ignore, by default RCS, CVS
    and tags, and in hide, by default . and .., are left out).

    Attributes, computed on first use: left_list, right_list, common,
    left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files, subdirs (name -> dircmp)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = ['RCS', 'CVS', 'tags'] if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        left = dict((os.path.normcase(n), n) for n in self.left_list)
        right = dict((os.path.normcase(n), n) for n in self.right_list)
        self.common = sorted(left[k] for k in left if k in right)
        self.left_only = sorted(left[k] for k in left if k not in right)
        self.right_only = sorted(right[k] for k in right if k not in left)

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a_mode = os.stat(os.path.join(self.left, name)).st_mode
                b_mode = os.stat(os.path.join(self.right, name)).st_mode
            except os.error:
                self.common_funny.append(name)
                continue
            if stat.S_IFMT(a_mode) != stat.S_IFMT(b_mode):
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_mode):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_mode):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = dircmp(os.path.join(self.left, name),
                                        os.path.join(self.right, name),
                                        self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.itervalues():
            sub.phase4_closure()

    def report(self):
        print 'diff', self.left, self.right
        if self.left_only:
            self.left_only.sort()
            print 'Only in', self.left, ':', self.left_only
        if self.right_only:
            self.right_only.sort()
            print 'Only in', self.right, ':', self.right_only
        if self.same_files:
            self.same_files.sort()
            print 'Identical files :', self.same_files
        if self.diff_files:
            self.diff_files.sort()
            print 'Differing files :', self.diff_files
        if self.funny_files:
            self.funny_files.sort()
            print 'Trouble with common files :', self.funny_files
        if self.common_dirs:
            self.common_dirs.sort()
            print 'Common subdirectories :', self.common_dirs
        if self.common_funny:
            self.common_funny.sort()
            print 'Common funny cases :', self.common_funny

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.itervalues():
            print
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.itervalues():
            print
            sub.report_full_closure()

    # which phase computes each attribute
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)


def cmpfiles(a, b, common, shallow=1):
    """(same, different, trouble): the names of common, compared as the
    files a/name and b/name."""
    result = ([], [], [])
    for name in common:
        result[_cmp(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _cmp(a, b, sh):
    # 0 for equal, 1 for different, 2 when either cannot be compared
    try:
        return 0 if cmp(a, b, sh) else 1
    except (os.error, IOError):
        return 2


def _filter(flist, skip):
    return [name for name in flist if name not in skip]


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()


if __name__ == '__main__':
    demo()
