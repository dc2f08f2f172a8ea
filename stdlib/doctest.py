"""Run the interactive examples found in docstrings and text files and
check that they print what they show (the API and report format of
Python 2.7's doctest).

Typical use, at the end of a module:

    if __name__ == "__main__":
        import doctest
        doctest.testmod()
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'Tester', 'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

import __future__
import difflib
import os
import sys
import traceback
import types
import unittest
from StringIO import StringIO
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------- options

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))

DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------- helpers


def _is_word_char(ch):
    return ch == '_' or ch.isalnum()


# Unicode report text is written in the encoding of the real stdout.
_encoding = getattr(sys.__stdout__, 'encoding', None) or 'utf-8'


def _indent(s, indent=4):
    """Prefixes each non-empty line of s with indent spaces (unicode is
    encoded first, unencodable characters as backslash escapes)."""
    if isinstance(s, unicode):
        s = s.encode(_encoding, 'backslashreplace')
    pad = ' ' * indent
    return '\n'.join([(pad + line) if line else line
                      for line in s.split('\n')])


def _exception_traceback(exc_info):
    out = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


def _extract_future_flags(globs):
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _ismodule(obj):
    return isinstance(obj, types.ModuleType)


def _isclass(obj):
    return isinstance(obj, (type, types.ClassType))


def _isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _ismethod(obj):
    return isinstance(obj, types.MethodType)


def _getmodule(obj):
    if _ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None and _isfunction(obj):
        name = obj.func_globals.get('__name__')
    if name is None:
        return None
    return sys.modules.get(name)


def _normalize_module(module, depth=2):
    """A module given as a module, a dotted name, or None (the caller's
    module: __main__ here, as the caller's frame is not available)."""
    if _ismodule(module):
        return module
    if isinstance(module, basestring):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        getframe = getattr(sys, '_getframe', None)
        if getframe is not None:
            try:
                return sys.modules[getframe(depth).f_globals['__name__']]
            except Exception:
                pass
        # Without frames: code run from a doctest example most likely
        # calls us directly, so the example's module is the caller's.
        if _running_tests:
            name = _running_tests[-1].globs.get('__name__')
            if name in sys.modules:
                return sys.modules[name]
        return sys.modules['__main__']
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, path):
    if not _ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r "
                         "(it has no __file__)" % module.__name__)
    return os.path.join(basedir, *(path.split('/')))


def _load_testfile(filename, package, module_relative):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
    f = open(filename, 'U')
    try:
        text = f.read()
    finally:
        f.close()
    # 'U' mode's newline translation, done here: minipy's files read bytes
    # as they are.
    return text.replace('\r\n', '\n').replace('\r', '\n'), filename


def _strip_exception_details(msg):
    """The bare exception name of an exception line: 'pkg.MyError: la di
    da' gives 'MyError'."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _ellipsis_match(want, got):
    """True when got matches want, where '...' in want stands for any
    text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    head = pieces[0]
    if head:
        if not got.startswith(head):
            return False
        start = len(head)
        del pieces[0]
    tail = pieces[-1]
    if tail:
        if not got.endswith(tail):
            return False
        end -= len(tail)
        del pieces[-1]
    if start > end:
        # The fixed ends overlap.
        return False
    for piece in pieces:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


class _SpoofOut(StringIO):
    """Where sys.stdout points while examples run."""

    def getvalue(self):
        result = StringIO.getvalue(self)
        # A last line printed with a trailing comma still ends the output.
        if result and not result.endswith("\n"):
            result += "\n"
        if hasattr(self, "softspace"):
            del self.softspace
        return result

    def truncate(self, size=None):
        if size is None:
            StringIO.truncate(self)
        else:
            self.seek(size)
            StringIO.truncate(self, size)
        if hasattr(self, "softspace"):
            del self.softspace
        if not self.buf:
            # Unicode printed by one example must not make the buffer
            # unicode for the next (non-ASCII bytes would not decode).
            self.buf = ''


# ---------------------------------------------------------------- Example, DocTest


class Example:
    """One interactive example: source, expected output, expected
    exception message, line number, indentation and option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, basestring), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = 'no examples'
        elif n == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % n
        return ('<DocTest %s from %s:%s (%s)>' %
                (self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _sort_key(self):
        return (self.name, self.filename, self.lineno, id(self))

    def __cmp__(self, other):
        if not isinstance(other, DocTest):
            return -1
        return cmp(self._sort_key(), other._sort_key())

    def __lt__(self, other):
        return self._sort_key() < other._sort_key()


# ---------------------------------------------------------------- parser


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join([l[margin:] for l in string.split('\n')])
        lines = string.split('\n')
        starts = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1

        def end_of(idx):
            # Offset just past line idx and its newline (if it has one).
            return starts[idx] + len(lines[idx]) + (idx < len(lines) - 1)

        output = []
        charno = 0
        i = 0
        while i < len(lines):
            if not lines[i].lstrip(' ').startswith('>>>'):
                i += 1
                continue
            indent = len(lines[i]) - len(lines[i].lstrip(' '))
            j = i + 1
            while j < len(lines) and lines[j].lstrip(' ').startswith('...'):
                j += 1
            k = j
            while (k < len(lines) and lines[k].strip(' ') and
                   not lines[k].lstrip(' ').startswith('>>>')):
                k += 1
            source_text = '\n'.join(lines[i:j])
            if k > j:
                want_text = '\n'.join(lines[j:k])
                if k - 1 < len(lines) - 1:
                    want_text += '\n'
                end = end_of(k - 1)
            else:
                want_text = ''
                end = end_of(j - 1)
            output.append(string[charno:starts[i]])
            source, options, want, exc_msg = self._parse_example(
                source_text, indent, want_text, name, i)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=i,
                                      indent=margin + indent,
                                      options=options))
            charno = end
            i = k if k > j else j
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    def _parse_example(self, source_text, indent, want, name, lineno):
        source_lines = source_text.split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])

        want_lines = want.split('\n')
        if len(want_lines) > 1 and not want_lines[-1].strip(' '):
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])

        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _exception_message(self, want):
        """The exception line(s) of an expected traceback, or None when want
        is not a traceback."""
        lines = want.split('\n')
        header = lines[0].rstrip()
        if header not in ('Traceback (most recent call last):',
                          'Traceback (innermost last):'):
            return None
        if header != lines[0][:len(header)]:
            return None
        offset = len(lines[0]) + 1
        for line in lines[1:]:
            if line and _is_word_char(line[0]):
                return want[offset:]
            offset += len(line) + 1
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for text in self._directives(source):
            for option in text.replace(',', ' ').split():
                if (option[0] not in '+-' or
                        option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = (option[0] == '+')
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _directives(self, source):
        """The text after each '# doctest:' comment (which must run to the
        end of its line without quotes)."""
        found = []
        for line in source.split('\n'):
            start = 0
            while True:
                h = line.find('#', start)
                if h < 0:
                    break
                start = h + 1
                rest = line[h + 1:].lstrip()
                if not rest.startswith('doctest:'):
                    continue
                rest = rest[len('doctest:'):].lstrip()
                if "'" in rest or '"' in rest:
                    continue
                found.append(rest)
                break
        return found

    def _min_indent(self, s):
        indents = []
        for line in s.split('\n'):
            body = line.lstrip(' ')
            if body and not body[0].isspace():
                indents.append(len(line) - len(body))
        if indents:
            return min(indents)
        return 0

    def _is_blank_or_comment(self, source):
        if source.endswith('\n'):
            source = source[:-1]
        if '\n' in source:
            return False
        body = source.lstrip(' ')
        return body == '' or body.startswith('#')

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


# ---------------------------------------------------------------- finder


def _docstring_start(line):
    """Whether a source line looks like the start of a docstring: an
    optional prefix ending in ':', blanks, a word (string prefix), a
    quote."""
    cuts = [0] + [i + 1 for i, ch in enumerate(line) if ch == ':']
    for cut in cuts:
        rest = line[cut:].lstrip()
        i = 0
        while i < len(rest) and _is_word_char(rest[i]):
            i += 1
        if i < len(rest) and rest[i] in '"\'':
            return True
    return False


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of the
    functions, classes and methods it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _getmodule(obj)

        source_lines = self._source_lines(obj, module)

        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        filename = None
        if _ismodule(obj):
            filename = getattr(obj, '__file__', None)
        elif _isfunction(obj):
            filename = obj.func_code.co_filename
        elif _ismethod(obj):
            filename = obj.im_func.func_code.co_filename
        elif module is not None:
            filename = getattr(module, '__file__', None)
        if not filename:
            return None
        lines = _example_lines(filename)
        if lines is not None:
            return lines
        if filename[-4:] in ('.pyc', '.pyo'):
            filename = filename[:-1]
        try:
            f = open(filename)
            try:
                lines = f.readlines()
            finally:
                f.close()
        except (IOError, OSError):
            return None
        return lines or None

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _isfunction(obj):
            return module.__dict__ is obj.func_globals
        if _isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print 'Finding tests in %s' % name
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)

        if not self._recurse:
            return
        if _ismodule(obj):
            for valname, val in obj.__dict__.items():
                if ((_isfunction(val) or _isclass(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, basestring):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (_isfunction(val) or _isclass(val) or
                        _ismethod(val) or _ismodule(val) or
                        isinstance(val, basestring)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname),
                           module, source_lines, globs, seen)
        if _isclass(obj):
            for valname, val in obj.__dict__.items():
                if isinstance(val, staticmethod):
                    val = getattr(obj, valname)
                if isinstance(val, classmethod):
                    val = getattr(obj, valname).im_func
                if ((_isfunction(val) or _isclass(val) or
                     isinstance(val, property)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, basestring):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, basestring):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in its source, or None."""
        lineno = None
        if _ismodule(obj):
            lineno = 0
        if _isclass(obj):
            if source_lines is None:
                return None
            name = obj.__name__
            for i, line in enumerate(source_lines):
                body = line.lstrip()
                if not body.startswith('class'):
                    continue
                rest = body[5:].lstrip()
                if (rest.startswith(name) and
                        not _is_word_char(rest[len(name):len(name) + 1] or ' ')):
                    lineno = i
                    break
        if _ismethod(obj):
            obj = obj.im_func
        if _isfunction(obj):
            obj = obj.func_code
        if hasattr(obj, 'tb_frame'):
            obj = obj.tb_frame
        if hasattr(obj, 'f_code'):
            obj = obj.f_code
        if hasattr(obj, 'co_firstlineno'):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if _docstring_start(source_lines[i]):
                    return i
        return None


# ---------------------------------------------------------------- checker


def _blank_whitespace_lines(text):
    return '\n'.join(['' if not line.strip() else line
                      for line in text.split('\n')])


class OutputChecker:
    """Decides whether an example's output matches what it expects, and
    describes the difference when it does not."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = want.split('\n')
            for i, line in enumerate(lines):
                if (line.startswith(BLANKLINE_MARKER) and
                        not line[len(BLANKLINE_MARKER):].strip()):
                    lines[i] = ''
            want = '\n'.join(lines)
            got = _blank_whitespace_lines(got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = got.split('\n')
            for i in range(len(lines) - 1):
                if not lines[i].strip(' '):
                    lines[i] = BLANKLINE_MARKER
            got = '\n'.join(lines)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            elif optionflags & REPORT_NDIFF:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            else:
                assert 0, 'Bad diff option'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------- runner


# The tests being run (innermost last): code defined in an example has
# the filename '<doctest NAME[N]>', whose source is that example's.
_running_tests = []


def _example_lines(filename):
    if not (filename.startswith('<doctest ') and filename.endswith(']>')):
        return None
    name, _, num = filename[len('<doctest '):-2].rpartition('[')
    for test in _running_tests[::-1]:
        if test.name == name and num.isdigit():
            if int(num) < len(test.examples):
                return test.examples[int(num)].source.splitlines(True)
    return None


class DocTestRunner:
    """Runs DocTests, reports failures through `out`, and keeps the count
    of tries and failures per test name for summarize()."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        add_source = getattr(traceback, '_add_source', None)
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            if add_source is not None:
                source = example.source
                if isinstance(source, unicode):
                    source = source.encode('utf-8')
                add_source(filename, source)
            exception = None
            try:
                exec compile(example.source, filename, "single",
                             compileflags, 1) in test.globs
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            outcome = 'failure'
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = 'success'
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'success'
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = 'success'

            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'failure':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        # pdb.set_trace() in an example talks to the real stdout, not to
        # the output the example is checked against.
        import pdb
        save_set_trace = pdb.set_trace
        self.debugger = _redirecting_pdb(save_stdout)
        self.debugger.reset()
        pdb.set_trace = self.debugger.set_trace
        sys.stdout = self._fakeout
        save_displayhook = getattr(sys, 'displayhook', None)
        if hasattr(sys, '__displayhook__'):
            sys.displayhook = sys.__displayhook__
        _running_tests.append(test)
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            _running_tests.remove(test)
            pdb.set_trace = save_set_trace
            sys.stdout = save_stdout
            if save_displayhook is not None:
                sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print len(notests), "items had no tests:"
                notests.sort()
                for thing in notests:
                    print "   ", thing
            if passed:
                print len(passed), "items passed all tests:"
                passed.sort()
                for thing, count in passed:
                    print " %3d tests in %s" % (count, thing)
        if failed:
            print self.DIVIDER
            print len(failed), "items had failures:"
            failed.sort()
            for thing, (f, t) in failed:
                print " %3d of %3d in %s" % (f, t, thing)
        if verbose:
            print totalt, "tests in", len(self._name2ft), "items."
            print totalt - totalf, "passed and", totalf, "failed."
        if totalf:
            print "***Test Failed***", totalf, "failures."
        elif verbose:
            print "Test passed."
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Raises at the first failing example instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def _merge_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    if m is None:
        m = sys.modules.get('__main__')
    if not _ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, filename = _load_testfile(filename, package, module_relative)
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    if encoding is not None:
        text = text.decode(encoding)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


class Tester:
    """The old (pre-2.4) interface, kept for compatibility."""

    def __init__(self, mod=None, globs=None, verbose=None, optionflags=0):
        import warnings
        warnings.warn("class Tester is deprecated; use class doctest.DocTestRunner instead",
                      DeprecationWarning, stacklevel=2)
        if mod is None and globs is None:
            raise TypeError("Tester.__init__: must specify mod or globs")
        if mod is not None and not _ismodule(mod):
            raise TypeError("Tester.__init__: mod must be a module; %r" %
                            (mod,))
        if globs is None:
            globs = mod.__dict__
        self.globs = globs
        self.verbose = verbose
        self.optionflags = optionflags
        self.testfinder = DocTestFinder()
        self.testrunner = DocTestRunner(verbose=verbose,
                                        optionflags=optionflags)

    def runstring(self, s, name):
        test = DocTestParser().get_doctest(s, self.globs, name, None, None)
        if self.verbose:
            print "Running string", name
        f, t = self.testrunner.run(test)
        if self.verbose:
            print f, "of", t, "examples failed in string", name
        return TestResults(f, t)

    def rundoc(self, object, name=None, module=None):
        f = t = 0
        tests = self.testfinder.find(object, name, module=module,
                                     globs=self.globs)
        for test in tests:
            f2, t2 = self.testrunner.run(test)
            f, t = f + f2, t + t2
        return TestResults(f, t)

    def rundict(self, d, name, module=None):
        m = types.ModuleType(name)
        m.__dict__.update(d)
        if module is None:
            module = False
        return self.rundoc(m, name, module)

    def run__test__(self, d, name):
        m = types.ModuleType(name)
        m.__test__ = d
        return self.rundoc(m, name)

    def summarize(self, verbose=None):
        return self.testrunner.summarize(verbose)

    def merge(self, other):
        self.testrunner.merge(other.testrunner)


# ---------------------------------------------------------------- unittest support

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        new = StringIO()
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags,
                               checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=new.write,
                                         clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = 'unknown line number'
        else:
            lineno = '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n'
                '  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags,
                             checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = __repr__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests:
        raise ValueError(module, "has no docstrings")
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    doc, path = _load_testfile(path, package, module_relative)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    if encoding is not None:
        doc = doc.decode(encoding)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------- debugging aids


def script_from_examples(s):
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    debug_script(script_from_examples(src), pm, globs)


_RedirectingPdb = []


def _redirecting_pdb(out):
    """A Pdb writing to `out` whatever sys.stdout is while it runs (the
    class is made on first use, so that importing doctest needs no pdb)."""
    if not _RedirectingPdb:
        import pdb

        class RedirectingPdb(pdb.Pdb):
            def __init__(self, out):
                self._out = out
                self._used = False
                pdb.Pdb.__init__(self, stdout=out)

            def set_trace(self, frame=None):
                self._used = True
                if frame is None:
                    frame = sys._getframe().f_back
                pdb.Pdb.set_trace(self, frame)

            def set_continue(self):
                # Only stop tracing when set_trace() started it.
                if self._used:
                    pdb.Pdb.set_continue(self)

            def trace_dispatch(self, *args):
                save_stdout = sys.stdout
                sys.stdout = self._out
                try:
                    return pdb.Pdb.trace_dispatch(self, *args)
                finally:
                    sys.stdout = save_stdout

        _RedirectingPdb.append(RedirectingPdb)
    return _RedirectingPdb[0](out)


def debug_script(src, pm=False, globs=None):
    """Runs the script `src` under pdb (after it fails, with `pm`).
    CPython executes a temporary file; the source itself is executed here,
    which the debugger shows the same way: one line of <string>."""
    import pdb
    if globs:
        globs = globs.copy()
    else:
        globs = {}
    if pm:
        try:
            exec src in globs, globs
        except:
            print sys.exc_info()[1]
            pdb.post_mortem(sys.exc_info()[2])
    else:
        pdb.run("exec %r" % src, globs, globs)


def debug(module, name, pm=False):
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


def _test():
    testfiles = [arg for arg in sys.argv[1:] if arg and arg[0] != '-']
    if not testfiles:
        name = os.path.basename(sys.argv[0])
        if name.endswith('.py'):
            # run as `-m doctest` (CPython names the module then)
            name = name[:-3]
        print "usage: {0} [-v] file ...".format(name)
        return 2
    for filename in testfiles:
        if filename.endswith(".py"):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m)
        else:
            failures, _ = testfile(filename, module_relative=False)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
