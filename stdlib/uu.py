"""uuencode and uudecode of files (names or file objects; '-' means the
standard streams)."""

import binascii
import os
import sys

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def _open_arg(arg, std, mode, opened):
    # A file name is opened (and remembered for closing), '-' is std.
    if arg == '-':
        return std
    if isinstance(arg, basestring):
        f = open(arg, mode)
        opened.append(f)
        return f
    return arg


def encode(in_file, out_file, name=None, mode=None):
    """Writes in_file uuencoded to out_file, with a begin line naming it."""
    opened = []
    try:
        if isinstance(in_file, basestring) and in_file != '-':
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:
                    pass
        in_file = _open_arg(in_file, sys.stdin, 'rb', opened)
        out_file = _open_arg(out_file, sys.stdout, 'wb', opened)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0666
        # A line end in the name would break the begin line.
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        out_file.write('begin %o %s\n' % (mode & 0777, name))
        while True:
            block = in_file.read(45)
            if not block:
                break
            out_file.write(binascii.b2a_uu(block))
        out_file.write(' \nend\n')
    finally:
        for f in opened:
            f.close()


def _begin_line(in_file):
    # The fields of the first valid 'begin MODE NAME' line.
    while True:
        line = in_file.readline()
        if not line:
            raise Error('No valid begin line found in input file')
        if not line.startswith('begin'):
            continue
        fields = line.split(' ', 2)
        if len(fields) == 3 and fields[0] == 'begin':
            try:
                int(fields[1], 8)
            except ValueError:
                continue
            return fields


def decode(in_file, out_file=None, mode=None, quiet=0):
    """Decodes uuencoded in_file into out_file (default: the file named
    on the begin line, which must not exist yet)."""
    opened = []
    in_file = _open_arg(in_file, sys.stdin, 'r', opened)
    try:
        fields = _begin_line(in_file)
        if out_file is None:
            out_file = fields[2].rstrip()
            if os.path.exists(out_file):
                raise Error('Cannot overwrite existing file: %s' % out_file)
        if mode is None:
            mode = int(fields[1], 8)
        if isinstance(out_file, basestring) and out_file != '-':
            target = out_file
            out_file = _open_arg(out_file, sys.stdout, 'wb', opened)
            try:
                os.path.chmod(target, mode)
            except AttributeError:
                pass
        elif out_file == '-':
            out_file = sys.stdout
        line = in_file.readline()
        while line and line.strip() != 'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error, v:
                # Some encoders pad lines with garbage: decode only the
                # length the line's first character announces.
                count = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:count])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % v)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()
