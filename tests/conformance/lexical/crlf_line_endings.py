# A source file with CRLF line endings, including inside a triple-quoted string.
x = 1
if x:
    print "crlf ok"
s = """a
b"""
print repr(s)
