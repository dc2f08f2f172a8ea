# Uncaught user exception whose __str__ formats an attribute.
class MyError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "code=%d" % self.code
class Account(object):
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise MyError(amt)
        self.bal -= amt
a = Account(10)
a.withdraw(3)
print a.bal
a.withdraw(30)
