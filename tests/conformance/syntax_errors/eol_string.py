s = "unterminated
print s
