print "before"
if True
    print "never"
