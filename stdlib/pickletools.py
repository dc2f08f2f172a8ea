"""Tools for looking inside pickles (Python 2.7's pickletools): the opcode
table, genops (walk the opcodes), dis (symbolic listing) and optimize
(drop unused PUTs)."""

__all__ = ['dis', 'genops', 'optimize']

import pickle as _pickle

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3


class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc=''):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc=''):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=''):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


def _line(f):
    data = f.readline()
    if not data.endswith('\n'):
        raise ValueError("no newline found when trying to read stringnl")
    return data[:-1]


def _exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    return data


def read_uint1(f):
    return ord(_exact(f, 1, 'uint1'))


def read_uint2(f):
    return _pickle._read_le(_exact(f, 2, 'uint2'), False)


def read_int4(f):
    return _pickle._read_le(_exact(f, 4, 'int4'), True)


def read_stringnl(f, decode=True, stripquotes=True):
    data = _line(f)
    if stripquotes:
        for q in '\'"':
            if data.startswith(q):
                if not data.endswith(q) or len(data) < 2:
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = _pickle._unescape(data)
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, decode=False, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def read_string4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    return _exact(f, n, 'string4')


def read_string1(f):
    return _exact(f, read_uint1(f), 'string1')


def read_unicodestringnl(f):
    return _line(f).decode('raw-unicode-escape')


def read_unicodestring4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("unicodestring4 byte count < 0: %d" % n)
    return _exact(f, n, 'unicodestring4').decode('utf-8')


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == "00":
        return False
    if s == "01":
        return True
    try:
        return int(s)
    except OverflowError:
        return long(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if not s.endswith("L"):
        raise ValueError("trailing 'L' required in %r" % s)
    return long(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return _pickle._bytes_float(_exact(f, 8, 'float8'))


def read_long1(f):
    return _pickle.decode_long(_exact(f, read_uint1(f), 'long1'))


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return _pickle.decode_long(_exact(f, n, 'long4'))


uint1 = ArgumentDescriptor('uint1', 1, read_uint1)
uint2 = ArgumentDescriptor('uint2', 2, read_uint2)
int4 = ArgumentDescriptor('int4', 4, read_int4)
stringnl = ArgumentDescriptor('stringnl', UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = ArgumentDescriptor('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = ArgumentDescriptor('stringnl_noescape_pair', UP_TO_NEWLINE,
                                            read_stringnl_noescape_pair)
string4 = ArgumentDescriptor('string4', TAKEN_FROM_ARGUMENT4, read_string4)
string1 = ArgumentDescriptor('string1', TAKEN_FROM_ARGUMENT1, read_string1)
unicodestringnl = ArgumentDescriptor('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl)
unicodestring4 = ArgumentDescriptor('unicodestring4', TAKEN_FROM_ARGUMENT4, read_unicodestring4)
decimalnl_short = ArgumentDescriptor('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = ArgumentDescriptor('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long)
floatnl = ArgumentDescriptor('floatnl', UP_TO_NEWLINE, read_floatnl)
float8 = ArgumentDescriptor('float8', 8, read_float8)
long1 = ArgumentDescriptor('long1', TAKEN_FROM_ARGUMENT1, read_long1)
long4 = ArgumentDescriptor('long4', TAKEN_FROM_ARGUMENT4, read_long4)

anyobject = StackObject('any', object)
markobject = StackObject('mark', StackObject)
stackslice = StackObject('stackslice', StackObject)
pyint = StackObject('int', int)
pylong = StackObject('long', long)
pyinteger_or_bool = StackObject('int_or_bool', (int, long, bool))
pybool = StackObject('bool', bool)
pyfloat = StackObject('float', float)
pystring = StackObject('str', str)
pyunicode = StackObject('unicode', unicode)
pynone = StackObject('None', type(None))
pytuple = StackObject('tuple', tuple)
pylist = StackObject('list', list)
pydict = StackObject('dict', dict)

_A, _M, _S = anyobject, markobject, stackslice

# (name, code, argument, stack before, stack after, protocol)
_TABLE = [
    ('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0),
    ('BININT', 'J', int4, [], [pyint], 1),
    ('BININT1', 'K', uint1, [], [pyint], 1),
    ('BININT2', 'M', uint2, [], [pyint], 1),
    ('LONG', 'L', decimalnl_long, [], [pylong], 0),
    ('LONG1', '\x8a', long1, [], [pylong], 2),
    ('LONG4', '\x8b', long4, [], [pylong], 2),
    ('STRING', 'S', stringnl, [], [pystring], 0),
    ('BINSTRING', 'T', string4, [], [pystring], 1),
    ('SHORT_BINSTRING', 'U', string1, [], [pystring], 1),
    ('NONE', 'N', None, [], [pynone], 0),
    ('NEWTRUE', '\x88', None, [], [pybool], 2),
    ('NEWFALSE', '\x89', None, [], [pybool], 2),
    ('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0),
    ('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1),
    ('FLOAT', 'F', floatnl, [], [pyfloat], 0),
    ('BINFLOAT', 'G', float8, [], [pyfloat], 1),
    ('EMPTY_LIST', ']', None, [], [pylist], 1),
    ('APPEND', 'a', None, [pylist, _A], [pylist], 0),
    ('APPENDS', 'e', None, [pylist, _M, _S], [pylist], 1),
    ('LIST', 'l', None, [_M, _S], [pylist], 0),
    ('EMPTY_TUPLE', ')', None, [], [pytuple], 1),
    ('TUPLE', 't', None, [_M, _S], [pytuple], 0),
    ('TUPLE1', '\x85', None, [_A], [pytuple], 2),
    ('TUPLE2', '\x86', None, [_A, _A], [pytuple], 2),
    ('TUPLE3', '\x87', None, [_A, _A, _A], [pytuple], 2),
    ('EMPTY_DICT', '}', None, [], [pydict], 1),
    ('DICT', 'd', None, [_M, _S], [pydict], 0),
    ('SETITEM', 's', None, [pydict, _A, _A], [pydict], 0),
    ('SETITEMS', 'u', None, [pydict, _M, _S], [pydict], 1),
    ('POP', '0', None, [_A], [], 0),
    ('DUP', '2', None, [_A], [_A, _A], 0),
    ('MARK', '(', None, [], [_M], 0),
    ('POP_MARK', '1', None, [_M, _S], [], 1),
    ('GET', 'g', decimalnl_short, [], [_A], 0),
    ('BINGET', 'h', uint1, [], [_A], 1),
    ('LONG_BINGET', 'j', int4, [], [_A], 1),
    ('PUT', 'p', decimalnl_short, [], [], 0),
    ('BINPUT', 'q', uint1, [], [], 1),
    ('LONG_BINPUT', 'r', int4, [], [], 1),
    ('EXT1', '\x82', uint1, [], [_A], 2),
    ('EXT2', '\x83', uint2, [], [_A], 2),
    ('EXT4', '\x84', int4, [], [_A], 2),
    ('GLOBAL', 'c', stringnl_noescape_pair, [], [_A], 0),
    ('REDUCE', 'R', None, [_A, _A], [_A], 0),
    ('BUILD', 'b', None, [_A, _A], [_A], 0),
    ('INST', 'i', stringnl_noescape_pair, [_M, _S], [_A], 0),
    ('OBJ', 'o', None, [_M, _A, _S], [_A], 1),
    ('NEWOBJ', '\x81', None, [_A, _A], [_A], 2),
    ('PROTO', '\x80', uint1, [], [], 2),
    ('STOP', '.', None, [_A], [], 0),
    ('PERSID', 'P', stringnl_noescape, [], [_A], 0),
    ('BINPERSID', 'Q', None, [_A], [_A], 1),
]

opcodes = [OpcodeInfo(*row) for row in _TABLE]
del _TABLE
code2op = dict((op.code, op) for op in opcodes)


def _source(pickle):
    if isinstance(pickle, str):
        return _pickle._StrFile(pickle)
    return pickle


def genops(pickle):
    """Yield (opcode, argument or None, position or None) for each opcode."""
    f = _source(pickle)
    tell = getattr(f, 'tell', None)
    if isinstance(f, _pickle._StrFile):
        tell = lambda: f.pos
    while True:
        pos = tell() if tell is not None else None
        code = f.read(1)
        op = code2op.get(code)
        if op is None:
            if code == "":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" %
                             (pos is None and "<unknown>" or pos, code))
        arg = None if op.arg is None else op.arg.reader(f)
        yield op, arg, pos
        if code == '.':
            break


def optimize(p):
    """p without the PUT opcodes whose memo slots no GET reads."""
    gets = set()
    puts = []
    prev = None
    for op, arg, pos in genops(p):
        if prev is not None:
            puts.append((prev_arg, prev, pos))
            prev = None
        if 'PUT' in op.name:
            prev, prev_arg = pos, arg
        elif 'GET' in op.name:
            gets.add(arg)
    out = []
    last = 0
    for arg, start, stop in puts:
        if arg in gets:
            continue
        out.append(p[last:start])
        last = stop
    out.append(p[last:])
    return ''.join(out)


def dis(pickle, out=None, memo=None, indentlevel=4):
    """Print a symbolic listing of the pickle's opcodes."""
    import sys
    if out is None:
        out = sys.stdout
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    marks = []
    indent = ' ' * indentlevel
    error = None
    for op, arg, pos in genops(pickle):
        if pos is not None:
            out.write("%5d: " % pos)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        maxproto = max(maxproto, op.proto)
        before = op.stack_before
        after = op.stack_after
        numtopop = len(before)
        note = None
        if markobject in before or (op.name == 'POP' and stack and stack[-1] is markobject):
            if marks:
                markpos = marks.pop()
                note = "(MARK at %d)" % markpos if markpos is not None else "(MARK)"
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    numtopop = 0
            else:
                error = "no MARK exists on stack"
        if op.name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
            if arg in memo:
                error = "memo key %r already defined" % arg
            elif not stack:
                error = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                error = "can't store markobject in the memo"
            else:
                memo[arg] = stack[-1]
        elif op.name in ('GET', 'BINGET', 'LONG_BINGET'):
            if arg in memo:
                after = [memo[arg]]
            else:
                error = "memo key %r has never been stored into" % arg
        if arg is not None or note:
            line += ' ' * (10 - len(op.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if note:
                line += ' ' + note
        out.write(line + '\n')
        if error:
            raise ValueError(error)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items" %
                             (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)
    out.write("highest protocol among opcodes = %d\n" % maxproto)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
