# An exception subclass whose __init__ does not call Exception.__init__ keeps
# empty args: str(e) is '' and the traceback's last line has no message.
class InsufficientFunds(Exception):
    def __init__(self, needed, available=0):
        self.needed = needed
        self.available = available
e = InsufficientFunds(50, available=20)
print e.args, repr(str(e)), repr(e), e.needed, repr(e.message)
try:
    raise InsufficientFunds(10)
except InsufficientFunds as err:
    print 'caught:', err, '| needed', err.needed
class Passes(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'code %d' % code)
        self.code = code
print Passes(3).args, str(Passes(3))
raise InsufficientFunds(100, 5)
