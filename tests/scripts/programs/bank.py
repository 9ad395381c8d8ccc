class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.log.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds('%s has %d, needs %d' % (self.owner, self.balance, amount))
        self.balance -= amount
        self.log.append(('wd', amount))
    def __repr__(self):
        return 'Account(#%d %s: %d)' % (self.id, self.owner, self.balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print('transfer attempted:', src.owner, '->', dst.owner, amount)
a = Account('alice', 100)
b = Savings('bob', 1000)
print(a, b)
print(transfer(a, b, 30), a, b)
print(transfer(a, b, 500), a, b)
print(b.add_interest(), b)
try:
    a.deposit(-5)
except ValueError as e:
    print('error:', e)
print(a.log, b.log)
accounts = [a, b, Account('carol', 55)]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
