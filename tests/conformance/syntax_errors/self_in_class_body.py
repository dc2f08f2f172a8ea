# Using self at class-body level: a NameError at run time.
class C(object):
    def __init__(self):
        self.x = 1
    print self.x
