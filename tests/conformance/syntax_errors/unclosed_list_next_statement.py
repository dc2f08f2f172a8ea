# An unclosed list literal runs into the next statement.
x = [1, 2,
     3
print x
