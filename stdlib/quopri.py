"""Quoted-printable encoding and decoding (RFC 1521) of files and strings.
binascii does the work when it can; the Python version below is used
when binascii's a2b_qp/b2a_qp are unavailable (set to None)."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = '='
MAXLINESIZE = 76
HEX = '0123456789ABCDEF'
EMPTYSTRING = ''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Whether c must be written as =XX."""
    if c in ' \t':
        return quotetabs
    if c == '_':
        # In a header an underscore stands for a space.
        return header
    return c == ESCAPE or not (' ' <= c <= '~')


def quote(c):
    return ESCAPE + '%02X' % ord(c)


def _put(output, text, ending='\n'):
    # A line may not end with a blank, and a line holding only '.' is
    # escaped (SMTP would take it as the end of data).
    if text[-1:] in (' ', '\t'):
        output.write(text[:-1] + quote(text[-1]) + ending)
    elif text == '.':
        output.write(quote(text) + ending)
    else:
        output.write(text + ending)


def encode(input, output, quotetabs, header=0):
    """Reads input, writes it quoted-printable to output."""
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    pending = None
    last_end = ''
    while True:
        line = input.readline()
        if not line:
            break
        last_end = ''
        if line.endswith('\n'):
            line, last_end = line[:-1], '\n'
        pieces = []
        for c in line:
            if needsquoting(c, quotetabs, header):
                c = quote(c)
            pieces.append('_' if header and c == ' ' else c)
        if pending is not None:
            _put(output, pending)
        text = EMPTYSTRING.join(pieces)
        while len(text) > MAXLINESIZE:
            _put(output, text[:MAXLINESIZE - 1], '=\n')
            text = text[MAXLINESIZE - 1:]
        pending = text
    if pending is not None:
        _put(output, pending, last_end)


def encodestring(s, quotetabs=0, header=0):
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from cStringIO import StringIO
    out = StringIO()
    encode(StringIO(s), out, quotetabs, header)
    return out.getvalue()


def ishex(c):
    return c != '' and c in '0123456789abcdefABCDEF'


def unhex(s):
    """The value of the leading hex digits of s."""
    value = 0
    for c in s:
        if not ishex(c):
            break
        value = value * 16 + int(c, 16)
    return value


def decode(input, output, header=0):
    """Reads quoted-printable input, writes the decoded text to output."""
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    buf = []
    while True:
        line = input.readline()
        if not line:
            break
        n = len(line)
        if line.endswith('\n'):
            soft = False
            n -= 1
            # Trailing blanks were added in transit.
            while n > 0 and line[n - 1] in ' \t\r':
                n -= 1
        else:
            soft = True
        i = 0
        while i < n:
            c = line[i]
            if c == '_' and header:
                buf.append(' ')
                i += 1
            elif c != ESCAPE:
                buf.append(c)
                i += 1
            elif i + 1 == n and not soft:
                # '=' at the end: a soft line break.
                soft = True
                break
            elif i + 1 < n and line[i + 1] == ESCAPE:
                buf.append(ESCAPE)
                i += 2
            elif i + 2 < n and ishex(line[i + 1]) and ishex(line[i + 2]):
                buf.append(chr(unhex(line[i + 1:i + 3])))
                i += 3
            else:
                # A broken escape stays as it is.
                buf.append(c)
                i += 1
        if not soft:
            output.write(EMPTYSTRING.join(buf) + '\n')
            buf = []
    if buf:
        output.write(EMPTYSTRING.join(buf))


def decodestring(s, header=0):
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from cStringIO import StringIO
    out = StringIO()
    decode(StringIO(s), out, header=header)
    return out.getvalue()


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error, msg:
        sys.stderr.write('%s\nusage: quopri [-t | -d] [file] ...\n'
                         '-t: quote tabs\n-d: decode; default encode\n' % msg)
        sys.exit(2)
    flags = [o for o, a in opts]
    tabs, deco = '-t' in flags, '-d' in flags
    if tabs and deco:
        sys.stderr.write('-t and -d are mutually exclusive\n')
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            fp = sys.stdin
        else:
            try:
                fp = open(name)
            except IOError, msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        if deco:
            decode(fp, sys.stdout)
        else:
            encode(fp, sys.stdout, tabs)
        if fp is not sys.stdin:
            fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
