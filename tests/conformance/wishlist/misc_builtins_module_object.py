# __builtins__ in __main__ is the __builtin__ module; globals has __package__.
import __builtin__
print type(__builtins__).__name__, __builtins__ is __builtin__
print sorted(globals().keys())
print __package__
