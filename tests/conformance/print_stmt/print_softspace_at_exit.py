# A program whose last print ends with a comma: the interpreter writes the
# pending newline when it exits.
for i in range(5):
    print i,
