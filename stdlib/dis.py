"""Disassembling code objects into minipy's instructions (2.7's API over
minipy's own bytecode; see the opcode module)."""

import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all

__all__ = ["dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels"] + _opcodes_all


def _code_of(x):
    for attr in ('im_func', 'func_code'):
        x = getattr(x, attr, x)
    return x


def dis(x=None):
    """Disassembles a class, method, function or code object, or else the
    last traceback."""
    if x is None:
        distb()
        return
    x = _code_of(x)
    if not (hasattr(x, 'co_code') or isinstance(x, (str, type, types.ClassType, types.ModuleType))):
        # An instance: its class.
        x = x.__class__
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        for name, item in sorted(x.__dict__.items()):
            item = _code_of(item)
            if hasattr(item, 'co_code'):
                print "Disassembly of %s:" % name
                try:
                    dis(item)
                except TypeError as e:
                    print "Sorry:", e
                print
    elif hasattr(x, 'co_code'):
        disassemble(x)
    elif isinstance(x, str):
        raise TypeError("minipy cannot disassemble a string of bytecode")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None):
    """Disassembles the code of a traceback, marking the failed instruction."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti)


def _instructions(code):
    """(offset, opcode, argument or None) for each instruction of `code`."""
    raw = code
    i, n = 0, len(raw)
    while i < n:
        op = ord(raw[i])
        if op >= HAVE_ARGUMENT and i + 2 < n:
            yield i, op, ord(raw[i + 1]) | (ord(raw[i + 2]) << 8)
            i += 3
        else:
            yield i, op, None
            i += 1


def _describe(co, op, arg):
    if op in hasconst:
        return repr(co.co_consts[arg]) if arg < len(co.co_consts) else str(arg)
    if op in hasname:
        return co.co_names[arg] if arg < len(co.co_names) else str(arg)
    if op in hasjabs or op in hasjrel:
        return 'to ' + repr(arg)
    if op in haslocal:
        return co.co_varnames[arg] if arg < len(co.co_varnames) else str(arg)
    if op in hasfree:
        cells = co.co_cellvars + co.co_freevars
        return cells[arg] if arg < len(cells) else str(arg)
    return None


def disassemble(co, lasti=-1):
    """Prints the instructions of a code object, one a line, with the
    source line where each line starts and '>>' at jump targets."""
    labels = findlabels(co.co_code)
    starts = dict(findlinestarts(co))
    for offset, op, arg in _instructions(co.co_code):
        if offset in starts:
            if offset > 0:
                print
            line = '%3d' % starts[offset]
        else:
            line = '   '
        text = '%s %s%s %s %s' % (line, '-->' if offset == lasti else '   ',
                                  '>>' if offset in labels else '  ',
                                  repr(offset).rjust(4), opname[op].ljust(20))
        if arg is not None:
            text += repr(arg).rjust(5)
            about = _describe(co, op, arg)
            if about is not None:
                text += ' (' + about + ')'
        print text.rstrip()


disco = disassemble


def findlabels(code):
    """The byte offsets that jumps go to, in order of first mention."""
    labels = []
    for _, op, arg in _instructions(code):
        if arg is not None and (op in hasjabs or op in hasjrel) and arg not in labels:
            labels.append(arg)
    return labels


def findlinestarts(code):
    """(offset, line) where each source line's instructions start, from co_lnotab."""
    tab = code.co_lnotab
    offset, line, last = 0, code.co_firstlineno, None
    for i in range(0, len(tab), 2):
        step, lines = ord(tab[i]), ord(tab[i + 1])
        if step:
            if line != last:
                yield offset, line
                last = line
            offset += step
        line += lines
    if line != last:
        yield offset, line
