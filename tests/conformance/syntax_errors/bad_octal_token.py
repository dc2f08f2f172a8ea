print "never printed"
x = 09
