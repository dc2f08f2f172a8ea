# Errors found by the compiler (not the parser) show no caret, also on indented lines.
class Config:
    name = 'x'
    return name
