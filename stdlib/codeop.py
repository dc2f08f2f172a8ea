"""Compiling source that may be an incomplete statement, as an interactive
prompt needs: compile_command() returns a code object when the source is
complete, None when more lines could complete it, and raises SyntaxError
(or OverflowError, ValueError) when no continuation can make it valid."""

import __future__

_features = [getattr(__future__, name) for name in __future__.all_feature_names]
_feature_names = dict((getattr(__future__, name), name) for name in __future__.all_feature_names)

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200


def _only_comments(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval" and _only_comments(source):
        # Blank lines and comments alone make an empty statement.
        source = "pass"
    # Compile the text as it is, then with one and with two more newlines:
    # the source is incomplete when the first two fail but not for the same
    # reason as the third (more text would have changed the error).
    results = []
    for extra in ("", "\n", "\n\n"):
        try:
            results.append((compiler(source + extra, filename, symbol), None))
        except SyntaxError, e:
            results.append((None, e))
    (code, _), (code1, err1), (_, err2) = results
    if code:
        return code
    if not code1 and repr(err1) == repr(err2):
        raise err1
    return None


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compiles `source` as one command of an interactive prompt; returns
    None when the command is incomplete. `symbol` is 'single' or 'eval'."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but future statements in the source compiled stay
    in force for the sources compiled after it."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, 1)
        # A future import shows in co_flags (CPython) or, where the code
        # object lacks those bits, as the names the import statement loads.
        imported = '__future__' in code.co_names
        for feature in _features:
            name = _feature_names[feature]
            if code.co_flags & feature.compiler_flag or (imported and name in code.co_names):
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers future statements between calls."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
