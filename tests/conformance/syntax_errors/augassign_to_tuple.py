# Augmented assignment to a tuple of names.
a, b += 1
