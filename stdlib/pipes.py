"""Shell pipeline templates (Python 2.7's pipes module).

A Template is a list of steps, each a /bin/sh command and a kind saying how
it takes input and gives output: through stdin/stdout ('-') or through the
files named by $IN and $OUT ('f'). The template can open a file through the
pipeline for reading or writing, or copy one file to another through it."""

import os
import re
import string
import tempfile

__all__ = ["Template"]

FILEIN_FILEOUT = 'ff'
STDIN_FILEOUT = '-f'
FILEIN_STDOUT = 'f-'
STDIN_STDOUT = '--'
SOURCE = '.-'
SINK = '-.'

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT,
             SOURCE, SINK]


class Template:
    """A pipeline of shell commands."""

    def __init__(self):
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return '<Template instance, steps=%r>' % (self.steps,)

    def reset(self):
        self.steps = []

    def clone(self):
        other = Template()
        other.steps = self.steps[:]
        other.debugging = self.debugging
        return other

    def debug(self, flag):
        self.debugging = flag

    def _check_step(self, where, cmd, kind):
        if type(cmd) is not str:
            raise TypeError('Template.%s: cmd must be a string' % where)
        if kind not in stepkinds:
            raise ValueError('Template.%s: bad kind %r' % (where, kind))
        if kind[0] == 'f' and not re.search(r'\$IN\b', cmd):
            raise ValueError('Template.%s: missing $IN in cmd' % where)
        if kind[1] == 'f' and not re.search(r'\$OUT\b', cmd):
            raise ValueError('Template.%s: missing $OUT in cmd' % where)

    def append(self, cmd, kind):
        if type(cmd) is not str:
            raise TypeError('Template.append: cmd must be a string')
        if kind not in stepkinds:
            raise ValueError('Template.append: bad kind %r' % (kind,))
        if kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        self._check_step('append', cmd, kind)
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        if type(cmd) is not str:
            raise TypeError('Template.prepend: cmd must be a string')
        if kind not in stepkinds:
            raise ValueError('Template.prepend: bad kind %r' % (kind,))
        if kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        self._check_step('prepend', cmd, kind)
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        if rw == 'r':
            return self.open_r(file)
        if rw == 'w':
            return self.open_w(file)
        raise ValueError("Template.open: rw must be 'r' or 'w', not %r" % (rw,))

    def open_r(self, file):
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            raise ValueError('Template.open_r: pipeline ends width SINK')
        return _popen(self.makepipeline(file, ''), 'r')

    def open_w(self, file):
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        return _popen(self.makepipeline('', file), 'w')

    def copy(self, infile, outfile):
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        cmd = makepipeline(infile, self.steps, outfile)
        if self.debugging:
            print cmd
            cmd = 'set -x; ' + cmd
        return cmd


def makepipeline(infile, steps, outfile):
    """The /bin/sh text running steps from infile to outfile ('' meaning
    stdin or stdout), with temporary files between steps that need them."""
    parts = [[None, cmd, kind, None] for cmd, kind in steps]
    if not parts:
        parts.append([None, 'cat', STDIN_STDOUT, None])
    # the ends: a file-reading first step needs a real file, and so on
    if parts[0][2][0] == 'f' and not infile:
        parts.insert(0, [None, 'cat', STDIN_STDOUT, None])
    parts[0][0] = infile
    if parts[-1][2][1] == 'f' and not outfile:
        parts.append([None, 'cat', STDIN_STDOUT, None])
    parts[-1][3] = outfile
    temps = []
    for left, right in zip(parts, parts[1:]):
        left[3] = right[0] = ''
        if left[2][1] == 'f' or right[2][0] == 'f':
            fd, name = tempfile.mkstemp()
            os.close(fd)
            temps.append(name)
            left[3] = right[0] = name
    for part in parts:
        src, cmd, kind, dst = part
        if kind[1] == 'f':
            cmd = 'OUT=' + quote(dst) + '; ' + cmd
        if kind[0] == 'f':
            cmd = 'IN=' + quote(src) + '; ' + cmd
        if kind[0] == '-' and src:
            cmd = cmd + ' <' + quote(src)
        if kind[1] == '-' and dst:
            cmd = cmd + ' >' + quote(dst)
        part[1] = cmd
    text = parts[0][1]
    for part in parts[1:]:
        cmd, kind = part[1], part[2]
        if part[0] == '':
            if 'f' in kind:
                cmd = '{ ' + cmd + '; }'
            text += ' |\n' + cmd
        else:
            text += '\n' + cmd
    if temps:
        rm = 'rm -f'
        for name in temps:
            rm += ' ' + quote(name)
        text = 'trap ' + quote(rm + '; exit') + ' 1 2 3 13 14 15\n' + text + '\n' + rm
    return text


_safechars = frozenset(string.ascii_letters + string.digits + '@%_-+=:,./')


def quote(file):
    """file as one /bin/sh word: as is when every character is safe, else
    in single quotes (an embedded quote closes, escapes and reopens)."""
    if not file:
        return "''"
    for c in file:
        if c not in _safechars:
            return "'" + file.replace("'", "'\"'\"'") + "'"
    return file


def _popen(cmd, mode):
    """A pipe to or from a shell command."""
    return os.popen(cmd, mode)
