# The last line of this file has no newline.
print "no newline at end"