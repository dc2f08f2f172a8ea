# A trailing dot with no attribute name.
x = 5
print x.
