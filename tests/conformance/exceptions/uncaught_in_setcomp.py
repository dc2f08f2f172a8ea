# Uncaught AttributeError in a set comprehension (<setcomp> frame).
words = ['a', None]
print {w.upper() for w in words}
