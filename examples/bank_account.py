# bank_account.py - a small class hierarchy with its own exceptions.
#
# Shows: classes, __init__, methods, a subclass calling super(), class
# attributes, __repr__, raising and catching custom exceptions, and
# try/except/else/finally.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d (balance %d)" % (account.owner, amount, account.balance))
        self.amount = amount


class Account:
    accounts_opened = 0  # a class attribute, shared by all accounts

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.accounts_opened += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, not %d" % amount)
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return "%s(%r, %d)" % (type(self).__name__, self.owner, self.balance)


class SavingsAccount(Account):
    """An account that pays interest and never drops below a minimum balance."""

    def __init__(self, owner, balance=0, rate=0.02, minimum=100):
        super().__init__(owner, balance)
        self.rate = rate
        self.minimum = minimum

    def withdraw(self, amount):
        if self.balance - amount < self.minimum:
            raise InsufficientFunds(self, amount)
        super().withdraw(amount)

    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest


def transfer(source, target, amount):
    try:
        source.withdraw(amount)
    except InsufficientFunds as error:
        print("  refused:", error)
        return False
    else:
        target.deposit(amount)
        print("  moved %d from %s to %s" % (amount, source.owner, target.owner))
        return True
    finally:
        print("  balances now:", source, target)


def main():
    alice = Account("alice", 500)
    bob = SavingsAccount("bob", 300)
    print("opened:", Account.accounts_opened, "accounts")

    print("transfer 200 alice -> bob")
    transfer(alice, bob, 200)
    print("transfer 450 bob -> alice")
    transfer(bob, alice, 450)
    print("transfer 400 alice -> bob")
    transfer(alice, bob, 400)

    print("bob earns", bob.add_interest(), "interest")

    try:
        alice.deposit(-5)
    except ValueError as error:
        print("ValueError:", error)

    print("isinstance(bob, Account):", isinstance(bob, Account))
    print("bob's history:", bob.history)


main()
