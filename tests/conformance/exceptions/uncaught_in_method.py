# Uncaught exception raised inside a method.
class Account(object):
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: balance %d, requested %d' % (self.balance, amount))
        self.balance -= amount
        return self.balance

acct = Account(100)
print acct.withdraw(30)
print acct.withdraw(500)
