"""Numbers of the terminal symbols of Python 2.7's grammar (as the C parser numbers them)."""

# In grammar order: the numbers are fixed by the C tokenizer.
_NAMES = ('ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB '
          'COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT '
          'PERCENT BACKQUOTE LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL '
          'TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL '
          'STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL '
          'LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH '
          'DOUBLESLASHEQUAL AT OP ERRORTOKEN N_TOKENS').split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
del _number, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
