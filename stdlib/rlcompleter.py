"""Tab completion of Python names and attributes (Python 2.7's
rlcompleter), for readline or any line editor that asks for completions.

Completer(namespace).complete(text, state) returns the state-th match:
keywords and names from the namespace and builtins for a plain word,
attributes (found by evaluating the dotted prefix) for 'expr.attr'.
Callables get a '(' appended. Without a namespace the completer follows
__main__'s globals."""

import __builtin__
import __main__

__all__ = ["Completer"]


class Completer:
    def __init__(self, namespace=None):
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # None means "whatever __main__ holds when asked"
        if namespace is None:
            self.use_main_ns = 1
        else:
            self.use_main_ns = 0
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text, None once they run out."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        try:
            return self.matches[state]
        except IndexError:
            return None

    def _callable_postfix(self, val, word):
        if hasattr(val, '__call__'):
            word = word + "("
        return word

    def global_matches(self, text):
        """Keywords, then names of the namespace, then builtins, that start
        with text (each once)."""
        import keyword
        n = len(text)
        seen = set(["__builtins__"])
        matches = []
        for word in keyword.kwlist:
            if word[:n] == text:
                seen.add(word)
                matches.append(word)
        for space in (self.namespace, __builtin__.__dict__):
            for word, val in space.items():
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(val, word))
        return matches

    def attr_matches(self, text):
        """Completions of 'a.b.c.prefix': the dotted expression is
        evaluated in the namespace (so only plain attribute chains), and
        its attributes and its class's are matched against prefix."""
        import re
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(obj))
        words.discard("__builtins__")
        if hasattr(obj, '__class__'):
            words.add('__class__')
            words.update(get_class_members(obj.__class__))
        n = len(attr)
        matches = []
        for word in sorted(words):
            if word[:n] != attr:
                continue
            try:
                val = getattr(obj, word)
            except Exception:
                # e.g. a property that raises, or an unset slot
                continue
            matches.append(self._callable_postfix(val, "%s.%s" % (expr, word)))
        return matches


def get_class_members(klass):
    """dir() of a class and of all its bases, recursively."""
    names = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        names = names + get_class_members(base)
    return names


try:
    import readline
except ImportError:
    _readline_available = False
else:
    readline.set_completer(Completer().complete)
    _readline_available = True
