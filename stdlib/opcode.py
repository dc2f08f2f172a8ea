"""The instruction set `co_code` is written in.

minipy's bytecode is its own (see README, deliberate deviations): the names
and numbers here are minipy's instructions, laid out with 2.7's API. Each
instruction is one byte, followed by a two-byte little-endian argument when
its number is HAVE_ARGUMENT or more; jump arguments are byte offsets."""

import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not',
          'exception match', 'BAD')

HAVE_ARGUMENT = _opcode.HAVE_ARGUMENT
EXTENDED_ARG = None

opname = list(_opcode.opnames) + ['<%d>' % n for n in range(len(_opcode.opnames), 256)]
opmap = dict((name, n) for n, name in enumerate(_opcode.opnames))

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []

for _n, _name in enumerate(_opcode.opnames):
    if _n < HAVE_ARGUMENT:
        continue
    if 'Jump' in _name or 'Loop' in _name or _name.startswith('ForIter') or _name in ('SetupExcept', 'SetupWith'):
        hasjabs.append(_n)
    elif _name == 'LoadConst':
        hasconst.append(_n)
    elif _name in ('LoadFast', 'StoreFast', 'DeleteFast', 'InplaceStoreFast', 'AugFastConst'):
        haslocal.append(_n)
    elif 'Deref' in _name:
        hasfree.append(_n)
    elif _name == 'Compare':
        hascompare.append(_n)
    elif _name in ('LoadName', 'StoreName', 'DeleteName', 'LoadGlobal', 'StoreGlobal', 'DeleteGlobal',
                   'LoadAttr', 'StoreAttr', 'DeleteAttr', 'LoadMethod', 'ImportName', 'ImportModule',
                   'ImportFrom'):
        hasname.append(_n)
del _n, _name
