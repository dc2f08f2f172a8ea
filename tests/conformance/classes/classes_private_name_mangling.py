# Names like __balance inside a class body are mangled to _Account__balance.
class Account(object):
    __count = 0
    def __init__(self, balance):
        self.__balance = balance
        Account.__count += 1
    def balance(self):
        return self.__balance
    def __audit(self):
        return 'audited'
    def audit(self):
        return self.__audit()
    @classmethod
    def count(cls):
        return cls.__count
a = Account(100)
print a.balance(), a.audit(), Account.count()
try:
    print a.__balance
except AttributeError as e:
    print 'AttributeError:', e
print a._Account__balance, a._Account__audit()
print sorted(vars(a)), sorted(k for k in Account.__dict__ if k.startswith('_Account'))
class Savings(Account):
    def __init__(self):
        Account.__init__(self, 5)
        self.__balance = 'savings own'
    def both(self):
        return self.__balance, self._Account__balance, self.balance()
s = Savings()
print s.both(), sorted(vars(s))
class Plain(object):
    def __init__(self):
        self.__dunder__ = 'kept'
        self.__hidden = 'mangled'
print sorted(vars(Plain()))
