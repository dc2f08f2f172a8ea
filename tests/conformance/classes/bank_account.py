# Bank account classes with properties, super(), custom exceptions and formatting.
class InsufficientFunds(Exception):
    pass
class Account(object):
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds("%s has only %.2f, needs %.2f" % (self.owner, self._balance, amount))
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def add_interest(self):
        self._balance *= (1 + self.interest)
    def __str__(self):
        return "Account #%d [%s]: %10.2f" % (self.id, self.owner, self._balance)
    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self._balance)
class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise InsufficientFunds("withdrawal limit reached")
        return super(Savings, self).withdraw(amount)
accts = [Account('alice', 100), Savings('bob', 50.5), Account('carol')]
accts[0].deposit(50).withdraw(30)
accts[1].deposit(100)
for op, a, amt in [('w', 2, 10), ('d', 2, -5), ('w', 1, 10), ('w', 1, 10), ('w', 1, 10), ('d', 0, 1e3)]:
    try:
        if op == 'w': accts[a].withdraw(amt)
        else: accts[a].deposit(amt)
        print 'ok', op, amt
    except (InsufficientFunds, ValueError) as e:
        print '%s: %s' % (e.__class__.__name__, e)
for a in accts:
    a.add_interest()
    print a
print accts
print sorted(accts, key=lambda a: a.balance)[-1].owner
print [(a.owner, len(a.history)) for a in accts]
total = sum(a.balance for a in accts)
print 'Total: %.3f' % total, round(total, 1)
try:
    accts[0].balance = 5
except AttributeError as e:
    print 'AttributeError', e
print Account.interest, Savings.interest, accts[1].interest, Account._next_id
