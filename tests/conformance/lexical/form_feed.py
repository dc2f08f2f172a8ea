# Form feed characters at the start of lines.
x = 1
print "formfeed", x
if x:
    
    print "ff in block"
