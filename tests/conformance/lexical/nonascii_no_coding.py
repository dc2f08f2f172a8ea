# Non-ASCII bytes in a source file without a coding declaration.
print "café"
